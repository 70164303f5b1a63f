using static SiteGen.Accessibility.Tests.TestPages;

namespace SiteGen.Accessibility.Tests;

/// <summary>Zero false positives: pages that a careful author and a good theme produce get no findings at all.</summary>
public class CleanPageTests
{
    private static readonly CheckOptions SiteOptions = Options(languages: ["en", "cy", "ur"]);

    [Fact]
    public void Urdu_page_marked_rtl_with_english_acronyms_is_clean() => AssertClean("""
        <!DOCTYPE html>
        <html lang="ur" dir="rtl">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>خدمات میں شمولیت – مثال خیراتی ادارہ</title></head>
        <body>
        <a href="#main-content">مرکزی مواد پر جائیں</a>
        <header>
          <nav aria-label="زبانیں"><ul>
            <li><a href="/" hreflang="en" lang="en" dir="ltr">English</a></li>
            <li><a href="/cy/" hreflang="cy" lang="cy" dir="ltr">Cymraeg</a></li>
          </ul></nav>
        </header>
        <main id="main-content">
          <h1>خدمات میں شمولیت</h1>
          <p>ہم نے NHS کے عملے کے ساتھ 8 دسمبر 2020 کو ملاقات کی۔</p>
          <h2>ہم نے کیا سنا</h2>
          <ul><li>لوگوں سے جلد پوچھیں۔</li><li>ان کے وقت کی ادائیگی کریں۔</li></ul>
          <p><a href="/ur/events/review/">شمولیت کے جائزے کے بارے میں مزید پڑھیں</a></p>
        </main>
        <footer><p>رجسٹرڈ خیراتی ادارہ 1234567</p></footer>
        </body>
        </html>
        """, SiteOptions);

    [Fact]
    public void Welsh_page_with_language_switcher_to_urdu_is_clean() => AssertClean("""
        <!DOCTYPE html>
        <html lang="cy">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Amrywiaeth mewn cyfranogiad – Elusen enghreifftiol</title></head>
        <body>
        <a href="#main-content">Neidio i'r prif gynnwys</a>
        <header>
          <nav aria-label="Prif"><a href="/cy/digwyddiadau/">Digwyddiadau</a></nav>
          <nav aria-label="Ieithoedd"><a href="/" hreflang="en" lang="en">English</a> <a href="/ur/" hreflang="ur" lang="ur">اردو</a></nav>
        </header>
        <main id="main-content">
          <h1>Amrywiaeth mewn cyfranogiad</h1>
          <p>Diolch i bawb a ddaeth. Dywedodd un siaradwr <span lang="ur" dir="rtl">سب کے لیے، سب کے ساتھ</span>.</p>
          <p><a href="/cy/ffeiliau/adroddiad.pdf">Adroddiad blynyddol (PDF, 1.2 MB)</a></p>
        </main>
        <footer><p>Elusen gofrestredig 1234567</p></footer>
        </body>
        </html>
        """, SiteOptions);

    [Fact]
    public void Typical_markdig_output_is_clean() => AssertClean(Page("""
        <h2 id="summary" data-md-pos="5:1">Summary</h2>
        <p data-md-pos="7:1">We met <em>online</em> and talked about <strong>involvement</strong>.<a id="fnref:1" href="#fn:1" class="footnote-ref" aria-label="Footnote 1"><sup>1</sup></a></p>
        <blockquote><p>Ask us first.</p></blockquote>
        <pre><code class="language-text">Registration opens at 10:00
        </code></pre>
        <h3 id="timetable">Timetable</h3>
        <table>
        <thead><tr><th style="text-align: left;">Session</th><th style="text-align: right;">Time</th></tr></thead>
        <tbody><tr><td style="text-align: left;">Welcome</td><td style="text-align: right;">10:00</td></tr></tbody>
        </table>
        <h3 id="who-came">Who came</h3>
        <ol><li><p>Service users</p></li><li><p>Staff</p></li></ol>
        <h2 id="summary-1">Summary of actions</h2>
        <p><img src="/images/agenda.png" alt="Agenda for the day: welcome, two workshops and a panel"></p>
        <p><img src="/images/divider.svg" alt=""></p>
        <hr>
        <div class="footnotes"><hr><ol><li id="fn:1"><p>The meeting used Zoom.<a href="#fnref:1" class="footnote-back-ref" aria-label="Back to content">&#8617;</a></p></li></ol></div>
        """), SiteOptions);

    [Fact]
    public void Event_page_with_details_embed_and_definition_list_is_clean() => AssertClean(Page("""
        <article>
          <h2>Event details</h2>
          <dl><dt>Date</dt><dd><time datetime="2020-12-08">8 December 2020</time></dd><dt>Where</dt><dd>Online (Zoom)</dd></dl>
          <p><a href="https://example.org/register/">Register for the involvement event</a></p>
          <details><summary>Access information</summary><p>BSL interpreters and live captions.</p></details>
          <figure>
            <iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video: the panel discussion" allowfullscreen></iframe>
            <figcaption><a href="/events/panel-transcript/">Transcript of the panel discussion</a></figcaption>
          </figure>
          <h3>Speakers</h3>
          <ul><li><bdi lang="ar">محمد علي</bdi>, community organiser</li><li>Dafydd Jones, <abbr title="Wales Council for Voluntary Action">WCVA</abbr></li></ul>
        </article>
        """), SiteOptions);
}
