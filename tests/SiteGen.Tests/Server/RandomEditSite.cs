using System.Globalization;
using SiteGen.Tests.Build;

namespace SiteGen.Tests.Server;

/// <summary>
/// A small site made from a seed (two languages, translations, posts, events, Easy Read versions, tags,
/// aliases, drafts) and the random edits an author makes to it; the same seed always gives the same site and edits.
/// </summary>
internal sealed class RandomEditSite(TempSite site, int seed)
{
    private static readonly string[] EnglishTags = ["news", "meetings", "volunteers", "fundraising"];
    private static readonly string[] WelshTags = ["newyddion", "cyfarfodydd"];
    private static readonly string[] Layouts =
        ["event.cshtml", "post.cshtml", "list.cshtml", "page.cshtml", "_Layout.cshtml"];
    private static readonly string[] Sentences =
    [
        "We met at the community hall.", "Twelve volunteers came to help.", "The walk raised money for the shelter.",
        "Tea and cake were served after.", "Everyone was welcome to join in.", "The next meeting is in spring.",
    ];

    private readonly Random random = new(seed);
    private readonly List<RandomPage> pages = [];
    private int made;

    /// <summary>Writes the starting site: a few pages of each kind in each language.</summary>
    public void WriteStart()
    {
        site.Write("content/cy/index.md", "---\ntitle: Hafan\n---\nCroeso i'r safle prawf.\n");
        for (var i = 0; i < 3; i++) pages.Add(NewPage("en", "blog"));
        for (var i = 0; i < 2; i++) pages.Add(NewPage("en", "events"));
        pages.Add(NewPage("cy", "blog"));
        pages.Add(NewPage("cy", "events"));
        foreach (var page in pages) Write(page);
    }

    /// <summary>Makes one random edit; returns what it did, for the replay, and the files it changed.</summary>
    public (string What, string[] Changed) Edit()
    {
        var kinds = new Func<(string, string[])>[]
        {
            EditBody, EditTitle, AddPage, DeletePage, RenamePage, ToggleDraft, ChangeTags, ChangeAlias,
            ToggleEasyRead, TouchLayout, Translate,
        };
        return kinds[random.Next(kinds.Length)]();
    }

    private (string, string[]) EditBody()
    {
        var page = Pick();
        page.Body = Paragraph();
        return ($"body of {page.Path}", Write(page));
    }

    private (string, string[]) EditTitle()
    {
        var page = Pick();
        page.Title = $"{Capital(page.Slug)} {random.Next(100)}";
        return ($"title of {page.Path}", Write(page));
    }

    private (string, string[]) AddPage()
    {
        var page = NewPage(random.Next(3) == 0 ? "cy" : "en", random.Next(2) == 0 ? "blog" : "events");
        pages.Add(page);
        return ($"new page {page.Path}", Write(page));
    }

    private (string, string[]) DeletePage()
    {
        if (pages.Count <= 2) return AddPage();
        var page = Pick();
        pages.Remove(page);
        return ($"removed page {page.Path}", Delete(page));
    }

    private (string, string[]) RenamePage()
    {
        var page = Pick();
        var removed = Delete(page);
        var from = page.Path;
        page.Slug = $"{page.Slug}-{++made}";
        return ($"renamed {from} to {page.Path}", [.. removed, .. Write(page)]);
    }

    private (string, string[]) ToggleDraft()
    {
        var page = Pick();
        page.Draft = !page.Draft;
        return ($"draft {page.Draft} on {page.Path}", Write(page));
    }

    private (string, string[]) ChangeTags()
    {
        var page = Pick();
        var pool = page.Language == "cy" ? WelshTags : EnglishTags;
        page.Tags = [.. pool.Where(_ => random.Next(2) == 0)];
        return ($"tags [{string.Join(", ", page.Tags)}] on {page.Path}", Write(page));
    }

    private (string, string[]) ChangeAlias()
    {
        var page = Pick();
        page.Alias = random.Next(3) == 0 ? null : $"/was/{page.Slug}-{++made}/";
        return ($"alias {page.Alias ?? "none"} on {page.Path}", Write(page));
    }

    private (string, string[]) ToggleEasyRead()
    {
        var page = Pick();
        page.EasyRead = !page.EasyRead;
        if (page.EasyRead) return ($"Easy Read version of {page.Path}", Write(page));
        var path = site.Path(page.EasyReadPath);
        File.Delete(path);
        return ($"removed Easy Read version of {page.Path}", [path]);
    }

    private (string, string[]) Translate()
    {
        var original = Pick();
        if (original.Language == "cy" || pages.Any(p => p.Path == original.WelshPath)) return EditBody();
        var welsh = original.InWelsh($"Cyfieithiad {++made}");
        pages.Add(welsh);
        return ($"Welsh version of {original.Path}", Write(welsh));
    }

    private (string, string[]) TouchLayout()
    {
        var layout = Layouts[random.Next(Layouts.Length)];
        return ($"layout {layout}", [site.Append($"themes/default/layouts/{layout}", $"\n<!-- edit {++made} -->\n")]);
    }

    private RandomPage Pick()
    {
        if (pages.Count == 0) pages.Add(NewPage("en", "blog"));
        return pages[random.Next(pages.Count)];
    }

    private RandomPage NewPage(string language, string section)
    {
        var number = ++made;
        var date = new DateOnly(section == "events" ? 2030 : 2021, 1 + number % 12, 1 + number % 27);
        return new RandomPage(language, section, date, $"item-{number}")
        {
            Title = $"{(language == "cy" ? "Eitem" : "Item")} {number}",
            Body = Paragraph(),
            Tags = [(language == "cy" ? WelshTags : EnglishTags)[random.Next(2)]],
            EasyRead = random.Next(3) == 0,
        };
    }

    private string Paragraph() =>
        string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Sentences[random.Next(Sentences.Length)]));

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Writes the page and its Easy Read version, which shows the page's title, so both change.</summary>
    private string[] Write(RandomPage page)
    {
        site.Write(page.Path, page.Markdown());
        if (!page.EasyRead) return [site.Path(page.Path)];
        site.Write(page.EasyReadPath, $"---\ntitle: {page.Title}\n---\nThis page is about {page.Title}.\n");
        return [site.Path(page.Path), site.Path(page.EasyReadPath)];
    }

    private string[] Delete(RandomPage page)
    {
        var removed = new List<string> { site.Delete(page.Path) };
        if (page.EasyRead) removed.Add(site.Delete(page.EasyReadPath));
        return [.. removed];
    }
}

/// <summary>One page of a <see cref="RandomEditSite"/>, written out as its Markdown file.</summary>
internal sealed class RandomPage(string language, string section, DateOnly date, string slug)
{
    public string Language { get; } = language;
    public string Slug { get; set; } = slug;
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string[] Tags { get; set; } = [];
    public string? Alias { get; set; }
    public bool Draft { get; set; }
    public bool EasyRead { get; set; }

    public string Path => $"content/{Language}/{section}/{Day}-{Slug}.md";

    private string Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string WelshPath => $"content/cy/{section}/{Day}-{Slug}.md";

    /// <summary>The page's Welsh version: the same file name under content/cy, so the two are translations.</summary>
    public RandomPage InWelsh(string title) =>
        new("cy", section, date, Slug) { Title = title, Body = "Testun yn Gymraeg." };

    public string EasyReadPath => Path[..^".md".Length] + ".easy-read.md";

    public string Markdown()
    {
        var lines = new List<string> { "---", $"title: {Title}" };
        if (Tags.Length > 0) lines.Add($"tags: [{string.Join(", ", Tags)}]");
        if (Alias is not null) lines.Add($"aliases: [{Alias}]");
        if (Draft) lines.Add("draft: true");
        if (section == "events")
        {
            lines.AddRange(
                ["event:", $"  start: {Day}T10:00:00+00:00", $"  end: {Day}T12:00:00+00:00", "  location: Online"]);
        }
        lines.AddRange(["---", Body, ""]);
        return string.Join("\n", lines);
    }
}
