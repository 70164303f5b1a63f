namespace SiteGen.Corpus;

/// <summary>One write-up or blog post in one language. Links inside the body are kept as references, so each generator's site can write them its own way.</summary>
public sealed record Article(
    int Index,
    string Language,
    bool IsEvent,
    DateOnly Date,
    string Slug,
    string Title,
    string Summary,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Block> Body,
    EventDetails? Event)
{
    public string Section => IsEvent ? "events" : "blog";
    public string FileName => $"{Date:yyyy-MM-dd}-{Slug}.md";

    /// <summary>The page's address on every generator's site: the default language at the root, Welsh under /cy/.</summary>
    public string Url => (Language == "en" ? "/" : $"/{Language}/") + $"{Section}/{Slug}/";
}

/// <summary>The when, where and who of an event write-up.</summary>
public sealed record EventDetails(DateTimeOffset Start, DateTimeOffset End, string Location, bool Online, IReadOnlyList<string> Access, IReadOnlyList<(string Name, string Role, string Organisation)> Speakers);

/// <summary>A part of an article body.</summary>
public abstract record Block;
public sealed record Heading(int Level, string Text) : Block;
public sealed record Paragraph(string Text) : Block;
public sealed record BulletList(IReadOnlyList<string> Items) : Block;
public sealed record Image(string File, string Alt) : Block;
public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;
/// <summary>A sentence with a link to another article of the corpus: {link} in <see cref="Pattern"/> is the link.</summary>
public sealed record InternalLink(string Pattern, Article Target) : Block;
public sealed record ExternalLink(string Text) : Block;

/// <summary>Makes a corpus from a seed: the same seed and count always give the same articles, word for word.</summary>
public sealed class CorpusGenerator(int seed)
{
    public const int ImageCount = 12;
    private static readonly string[] WelshMonths = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// <paramref name="count"/> pages in all: English write-ups and posts, and Welsh translations of
    /// every third one (a Welsh page has the same file path as its English original).
    /// </summary>
    public IReadOnlyList<Article> Generate(int count)
    {
        var random = new Random(seed);
        var english = (int)Math.Ceiling(count * 3 / 4.0);
        var welsh = count - english;
        var articles = new List<Article>(count);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        // Every page is dated in the past, however large the corpus: a future date would make the page
        // scheduled, left out by SiteGen and Hugo alike, and the generators would build fewer pages than asked.
        var newest = new DateOnly(2026, 1, 5);
        for (var i = 0; i < english; i++)
        {
            // Dates step back a day or two at a time, so listings have a stable order.
            var date = newest.AddDays(-(i * 2 + random.Next(2)));
            articles.Add(Write(random, i, Vocabulary.English, date, random.Next(3) != 0, titles, articles));
        }
        var welshTitles = new HashSet<string>(StringComparer.Ordinal);
        var welshArticles = new List<Article>();
        for (var i = 0; i < welsh; i++)
        {
            var original = articles[i * 3 % english];
            if (welshArticles.Any(a => a.Index == original.Index)) continue;
            var translated = Write(new Random(seed + original.Index + 1), original.Index, Vocabulary.Welsh, original.Date, original.IsEvent, welshTitles, welshArticles) with { Slug = original.Slug };
            welshArticles.Add(translated);
        }
        articles.AddRange(welshArticles);
        return articles;
    }

    private static Article Write(Random random, int index, Vocabulary v, DateOnly date, bool isEvent, HashSet<string> titles, List<Article> earlier)
    {
        var topic = Pick(random, v.Topics);
        var place = Pick(random, v.Places);
        var format = Pick(random, v.Formats);
        var group = Pick(random, v.Groups);
        var month = (v.Code == "cy" ? WelshMonths : EnglishMonths)[date.Month - 1] + " " + date.Year;
        var title = Fill(isEvent ? v.TitlePattern : v.PostTitlePattern, topic, place, format, group, month, "", "");
        for (var part = 2; !titles.Add(title); part++)
            title = Fill(isEvent ? v.TitlePattern : v.PostTitlePattern, topic, place, format, group, month, "", "") + $" ({part})";
        var slug = Slugify(Fill(isEvent ? "{topic} {format} {place}" : "{topic} {group}", Vocabulary.English.Topics[Array.IndexOf(v.Topics, topic)],
            Vocabulary.English.Places[Array.IndexOf(v.Places, place)], Vocabulary.English.Formats[Array.IndexOf(v.Formats, format)],
            Vocabulary.English.Groups[Array.IndexOf(v.Groups, group)], "", "", "")) + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var summary = Fill(v.SummaryPattern, topic, place, format, group, month, "", "");
        var tags = v.Tags.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList();
        var body = Body(random, v, isEvent, topic, place, group, earlier);
        EventDetails? details = null;
        if (isEvent)
        {
            var online = place == v.Places[^1] || random.Next(4) == 0;
            var startsAt = new DateTimeOffset(date.Year, date.Month, date.Day, 10, 0, 0, TimeSpan.Zero);
            details = new EventDetails(startsAt, startsAt.AddHours(2 + random.Next(4)), online ? v.Online : StripPreposition(place), online,
                v.AccessOptions.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList(),
                Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (Pick(random, Vocabulary.People), Pick(random, v.Roles), Pick(random, Vocabulary.Organisations))).DistinctBy(s => s.Item1).ToList());
        }
        return new Article(index, v.Code, isEvent, date, slug, title, summary, tags, body, details);
    }

    /// <summary>Sections of two to four paragraphs until the body holds 600 to 900 words, with a list, a picture, links and now and then a table.</summary>
    private static List<Block> Body(Random random, Vocabulary v, bool isEvent, string topic, string place, string group, List<Article> earlier)
    {
        var target = 600 + random.Next(301);
        var words = 0;
        var blocks = new List<Block>();
        var headings = (isEvent ? v.EventHeadings : v.PostHeadings).OrderBy(_ => random.Next()).ToList();
        var sameLanguage = earlier.Where(a => a.Language == v.Code).ToList();
        for (var section = 0; words < target; section++)
        {
            var heading = section < headings.Count ? headings[section] : headings[section % headings.Count] + $" ({section / headings.Count + 1})";
            blocks.Add(new Heading(2, heading));
            if (section == 1 && random.Next(3) == 0)
            {
                blocks.Add(new Heading(3, v.TableHeading));
                blocks.Add(new Table(v.TableColumns, v.TableSessions.Select((s, i) => (IReadOnlyList<string>)[s, $"{10 + i}:00", Pick(random, Vocabulary.People)]).ToList()));
            }
            for (var p = 2 + random.Next(3); p > 0 && words < target; p--)
            {
                var text = string.Join(" ", Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(random, v, topic, place, group)));
                words += WordCount(text);
                blocks.Add(new Paragraph(text));
            }
            switch (section)
            {
                case 0:
                    blocks.Add(new Image($"photo-{random.Next(ImageCount) + 1:00}.svg", Pick(random, v.ImageAlts)));
                    break;
                case 1:
                    blocks.Add(new Paragraph(v.ListIntro));
                    var items = v.ListItems.OrderBy(_ => random.Next()).Take(3 + random.Next(3)).ToList();
                    blocks.Add(new BulletList(items));
                    words += items.Sum(WordCount);
                    break;
                case 2:
                    var org = Pick(random, Vocabulary.Organisations);
                    blocks.Add(new ExternalLink(v.ExternalLinkPattern.Replace("{org}", org).Replace("{url}", $"https://example.org/partners/{Slugify(org)}/")));
                    break;
                case 3 when sameLanguage.Count > 0:
                    blocks.Add(new InternalLink(v.InternalLinkPattern, sameLanguage[random.Next(sameLanguage.Count)]));
                    break;
            }
        }
        return blocks;
    }

    private static string Sentence(Random random, Vocabulary v, string topic, string place, string group)
    {
        var s = Pick(random, v.Sentences)
            .Replace("{topic}", topic.ToLowerInvariant()).Replace("{place}", place).Replace("{group}", Pick(random, v.Groups))
            .Replace("{org}", Pick(random, Vocabulary.Organisations)).Replace("{person}", Pick(random, Vocabulary.People));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string Fill(string pattern, string topic, string place, string format, string group, string month, string title, string url) =>
        pattern.Replace("{topiclower}", topic.ToLowerInvariant()).Replace("{topic}", topic).Replace("{place}", place).Replace("{format}", format)
            .Replace("{group}", group).Replace("{month}", month).Replace("{title}", title).Replace("{url}", url);

    /// <summary>A Welsh place is stored with its preposition ("yng Nghaerdydd"); the event's location is the bare name.</summary>
    private static string StripPreposition(string place) => place.Split(' ', 2) is [("yn" or "yng" or "ym"), var rest] ? Unmutate(rest) : place;

    private static string Unmutate(string place) => place switch
    {
        "Nghaerdydd" => "Caerdydd",
        "Nghasnewydd" => "Casnewydd",
        "Nghaerfyrddin" => "Caerfyrddin",
        "Mangor" => "Bangor",
        "Mryste" => "Bryste",
        _ => place,
    };

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Slugify(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) && c < 128 ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
