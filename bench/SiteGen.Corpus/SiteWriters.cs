using System.Globalization;
using System.Text;

namespace SiteGen.Corpus;

/// <summary>Writes an article body as markdown; each generator links pages and pictures its own way.</summary>
public static class MarkdownBody
{
    public static string Write(Article article, Func<Article, Article, string> pageUrl, Func<Article, string, string> imageUrl)
    {
        var md = new StringBuilder();
        foreach (var block in article.Body)
        {
            switch (block)
            {
                case Heading h: md.Append('#', h.Level).Append(' ').AppendLine(h.Text); break;
                case Paragraph p: md.AppendLine(p.Text); break;
                case BulletList l: foreach (var item in l.Items) md.Append("- ").AppendLine(item); break;
                case Image i: md.Append("![").Append(i.Alt).Append("](").Append(imageUrl(article, i.File)).AppendLine(")"); break;
                case ExternalLink e: md.AppendLine(e.Text); break;
                case InternalLink l: md.AppendLine(l.Pattern.Replace("{title}", l.Target.Title).Replace("{url}", pageUrl(article, l.Target))); break;
                case Table t:
                    md.Append("| ").AppendJoin(" | ", t.Columns).AppendLine(" |");
                    md.Append("|").AppendJoin("|", t.Columns.Select(_ => "---")).AppendLine("|");
                    foreach (var row in t.Rows) md.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
                    break;
            }
            md.AppendLine();
        }
        return md.ToString();
    }
}

/// <summary>YAML front matter shared by the three sites; each adds the keys its generator needs.</summary>
public static class FrontMatter
{
    public static StringBuilder Start(Article a, bool dateInFileName)
    {
        var fm = new StringBuilder("---\n");
        fm.Append("title: ").AppendLine(Quote(a.Title));
        if (!dateInFileName) fm.Append("date: ").AppendLine(a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        fm.Append("summary: ").AppendLine(Quote(a.Summary));
        fm.AppendLine("tags:");
        foreach (var t in a.Tags) fm.Append("  - ").AppendLine(Quote(t));
        if (a.Event is { } e)
        {
            fm.AppendLine("event:");
            fm.Append("  start: ").AppendLine(e.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            fm.Append("  end: ").AppendLine(e.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            fm.Append("  location: ").AppendLine(Quote(e.Location));
            fm.Append("  online: ").AppendLine(e.Online ? "true" : "false");
            fm.AppendLine("  access:");
            foreach (var x in e.Access) fm.Append("    - ").AppendLine(Quote(x));
            fm.AppendLine("  speakers:");
            foreach (var (name, role, org) in e.Speakers)
                fm.Append("    - { name: ").Append(Quote(name)).Append(", role: ").Append(Quote(role)).Append(", organisation: ").Append(Quote(org)).AppendLine(" }");
        }
        return fm;
    }

    public static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

/// <summary>The corpus as a SiteGen site: content/site.yml, content/en and content/cy, shared pictures in content/images.</summary>
public static class SiteGenSite
{
    public static void Write(string root, IReadOnlyList<Article> articles)
    {
        var content = Path.Combine(root, "content");
        Sites.WriteText(Path.Combine(content, "site.yml"), """
            title: Network news and events
            description: Write-ups of network events and posts about involving people with lived experience, written to be accessible to everyone.
            baseUrl: https://example.org/
            defaultLanguage: en
            languages:
              - { code: en, name: English }
              - { code: cy, name: Cymraeg }
            theme: default

            """);
        foreach (var a in articles)
        {
            var fm = FrontMatter.Start(a, dateInFileName: true).Append("---\n\n");
            var body = MarkdownBody.Write(a,
                (from, to) => (from.Section == to.Section ? "" : $"../{to.Section}/") + to.FileName,
                (_, file) => "../../images/" + file);
            Sites.WriteText(Path.Combine(content, a.Language, a.Section, a.FileName), fm + body);
        }
        Sites.WriteImages(Path.Combine(content, "images"));
    }
}

/// <summary>The corpus as a Hugo site: the same content folders as content directories per language, layouts copied from bench/peers/hugo.</summary>
public static class HugoSite
{
    public static void Write(string root, IReadOnlyList<Article> articles)
    {
        foreach (var a in articles)
        {
            var fm = FrontMatter.Start(a, dateInFileName: false).Append("slug: ").AppendLine(a.Slug).Append("---\n\n");
            var body = MarkdownBody.Write(a, (_, to) => to.Url, (_, file) => "/images/" + file);
            Sites.WriteText(Path.Combine(root, "content", a.Language, a.Section, a.FileName), fm + body);
        }
        Sites.WriteImages(Path.Combine(root, "static", "images"));
    }
}

/// <summary>The corpus as an Eleventy 3 site: src/en and src/cy with explicit permalinks, layouts copied from bench/peers/eleventy.</summary>
public static class EleventySite
{
    public static void Write(string root, IReadOnlyList<Article> articles)
    {
        foreach (var a in articles)
        {
            var fm = FrontMatter.Start(a, dateInFileName: false)
                .Append("lang: ").AppendLine(a.Language)
                .Append("section: ").AppendLine(a.Section)
                .Append("translationKey: ").AppendLine($"{a.Section}/{a.FileName}")
                .Append("permalink: ").AppendLine(a.Url)
                .Append("---\n\n");
            var body = MarkdownBody.Write(a, (_, to) => to.Url, (_, file) => "/images/" + file);
            Sites.WriteText(Path.Combine(root, "src", a.Language, a.Section, a.FileName), fm + body);
        }
        Sites.WriteImages(Path.Combine(root, "src", "images"));
    }
}

/// <summary>File helpers shared by the site writers.</summary>
public static class Sites
{
    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Small SVG pictures, different for each number, standing in for event photographs.</summary>
    public static void WriteImages(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= CorpusGenerator.ImageCount; i++)
        {
            var hue = i * 360 / CorpusGenerator.ImageCount;
            WriteText(Path.Combine(folder, $"photo-{i:00}.svg"), $"""
                <svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
                <rect width="800" height="450" fill="hsl({hue},40%,85%)"/>
                <circle cx="{200 + i * 30}" cy="200" r="90" fill="hsl({hue},50%,55%)"/>
                <rect x="{420 - i * 10}" y="250" width="260" height="120" rx="12" fill="hsl({(hue + 180) % 360},45%,45%)"/>
                </svg>

                """);
        }
    }

    /// <summary>Copies a peer generator's layouts and settings into its site folder.</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
