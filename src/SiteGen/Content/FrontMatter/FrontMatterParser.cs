using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.FrontMatter;

/// <summary>
/// Turns the YAML front matter of one file into a <see cref="FrontMatter"/>, reporting every problem
/// (unknown keys, wrong types, bad dates) with its line, and keeping whatever was valid.
/// </summary>
/// <param name="timeZone">The zone of times written without an offset; Europe/London when not given.</param>
public sealed class FrontMatterParser(string file, DiagnosticBag diagnostics, TimeZoneInfo? timeZone = null)
{
    private readonly TimeZoneInfo zone = timeZone ?? Site.SiteTimeZone.Default;
    private int offset;

    /// <summary>
    /// Parses <paramref name="yaml"/>, whose first line is line <paramref name="firstLine"/> of the file;
    /// null when it is not YAML at all (the syntax error is reported, and nothing else should be).
    /// </summary>
    public FrontMatter? Parse(string yaml, int firstLine)
    {
        // YamlDotNet lines are 1-based, so line 1 of the YAML is file line firstLine.
        offset = firstLine - 1;
        if (string.IsNullOrWhiteSpace(yaml)) return new FrontMatter();
        var root = YamlLoader.Load(yaml, file, offset, diagnostics, Codes.FrontMatterSyntax);
        if (root is null) return null;
        if (root is not YamlMappingNode map)
        {
            Error(Codes.FrontMatterSyntax, "Front matter must be a list of `key: value` lines.", root);
            return null;
        }

        var lines = new Dictionary<string, int>();
        var fm = new FrontMatter();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            lines[key] = LineOf(keyNode);
            // A block's own keys ("event.location") too: what a layout shows of them is reported at their line.
            if (value is YamlMappingNode block)
                foreach (var inner in block.Children.Keys.OfType<YamlScalarNode>())
                    lines.TryAdd($"{key}.{inner.Value}", LineOf(inner));
            fm = key switch
            {
                "title" => fm with { Title = Text(value, key) },
                "date" => fm with { Date = Date(value, key, out _) },
                "summary" => fm with { Summary = Text(value, key) },
                "tags" => fm with { Tags = TextList(value, key) },
                "draft" => fm with { Draft = Bool(value, key) },
                "slug" => fm with { Slug = Text(value, key) },
                "translationKey" => fm with { TranslationKey = Text(value, key) },
                "aliases" => fm with { Aliases = TextList(value, key) },
                "image" => fm with { Image = Image(value) },
                "event" => fm with { Event = Event(value) },
                "layout" => fm with { Layout = Text(value, key) },
                "accessibility" => fm with { Accessibility = Accessibility(value) },
                "translation" => fm with { Translation = Translation(value) },
                "review" => fm with { Review = Review(value) },
                // Hugo's names for summary and tags, read as ours so a converted site keeps its meaning.
                "description" => fm with { Description = Text(value, key) },
                "categories" => fm with { Categories = TextList(value, key) },
                _ when FrontMatter.HugoKeysIgnored.Contains(key) => Ignored(fm, key, keyNode),
                _ => Unknown(fm, key, keyNode),
            };
        }
        return WithHugoMeanings(fm, lines) with { KeyLines = lines };
    }

    /// <summary>description stands in for a missing summary, at its own line; categories join the tags.</summary>
    private static FrontMatter WithHugoMeanings(FrontMatter fm, Dictionary<string, int> lines)
    {
        if (fm.Summary is null && fm.Description is not null && lines.TryGetValue("description", out var line))
        {
            fm = fm with { Summary = fm.Description };
            lines["summary"] = line;
        }
        if (fm.Categories.Count > 0)
            fm = fm with { Tags = fm.Tags.Concat(fm.Categories).Distinct(StringComparer.OrdinalIgnoreCase).ToList() };
        return fm;
    }

    private FrontMatter Ignored(FrontMatter fm, string key, YamlNode node)
    {
        diagnostics.Add(new Diagnostic(Severity.Info, Codes.HugoKeyIgnored,
            $"\"{key}\" is a Hugo front matter key that SiteGen does not use: it is left out of the page.",
            new SourceLocation(file, LineOf(node), YamlLoader.ColumnOf(node))));
        return fm;
    }

    private FrontMatter Unknown(FrontMatter fm, string key, YamlNode node)
    {
        var nearest = Suggestion.Nearest(key, FrontMatter.KnownKeys);
        var hint = nearest is not null
            ? $"did you mean {nearest}?"
            : $"the keys SiteGen reads are {string.Join(", ", FrontMatter.KnownKeys)}.";
        Warning(Codes.UnknownKey, $"Unknown front matter key \"{key}\": {hint}", node);
        return fm;
    }

    private string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
        Error(Codes.InvalidValue, $"\"{key}\" must be a single piece of text, not a {Shape(node)}. Put it on one line after \"{key}:\", in quotes if it contains a colon.", node);
        return null;
    }

    private IReadOnlyList<string> TextList(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq.Children)
                    if (Text(item, key) is { } t) items.Add(t);
                return items;
            case YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value):
                return [s.Value.Trim()];
            case YamlScalarNode:
                return [];
            default:
                Error(Codes.InvalidValue, $"\"{key}\" must be a list, e.g. {key}: [first, second].", node);
                return [];
        }
    }

    private bool Bool(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } v })
        {
            switch (v.Trim().ToLowerInvariant())
            {
                case "true" or "yes": return true;
                case "false" or "no" or "": return false;
            }
        }
        Error(Codes.InvalidValue, $"\"{key}\" must be true or false.", node);
        return false;
    }

    private DateTimeOffset? Date(YamlNode node, string key, out bool dateOnly)
    {
        var written = Written(node, key);
        dateOnly = written?.DateOnly ?? false;
        return written?.In(zone);
    }

    private WrittenDate? Written(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
        {
            if (IsoDate.TryRead(v, out var d)) return d;
            Error(Codes.InvalidDate, $"\"{v.Trim()}\" is not a date SiteGen can read: {DateAdvice.Of(v)}", node);
            return null;
        }
        Error(Codes.InvalidDate, $"\"{key}\" must be a date such as 2020-12-08.", node);
        return null;
    }

    private LeadImage? Image(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } path } && !string.IsNullOrWhiteSpace(path))
        {
            Error(Codes.ImageAltMissing, "The lead image needs alt text that describes it. Write image: { src: " + path.Trim() + ", alt: \"what the picture shows\" }, or add decorative: true if it adds nothing to the text.", node);
            return null;
        }
        if (node is not YamlMappingNode map)
        {
            Error(Codes.InvalidValue, "\"image\" must be written as { src: ..., alt: ... }.", node);
            return null;
        }
        string? src = null, alt = null;
        var decorative = false;
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "src": src = Text(v, "src"); break;
                case "alt": alt = Text(v, "alt"); break;
                case "decorative": decorative = Bool(v, "decorative"); break;
                case var other: UnknownIn("image", other ?? "", ["src", "alt", "decorative"], k); break;
            }
        }
        if (src is null)
        {
            Error(Codes.InvalidValue, "The lead image has no src: give the path of the picture, e.g. src: /images/event.jpg.", node);
            return null;
        }
        if (ImageSourceProblem(src) is { } problem)
        {
            Error(Codes.PathOutsideSite, $"The lead image src \"{src}\" {problem} Give a path inside content/, e.g. src: /images/event.jpg, or a web address starting https://.",
                map.Children.First(c => (c.Key as YamlScalarNode)?.Value == "src").Value);
            return null;
        }
        if (alt is null && !decorative)
        {
            Error(Codes.ImageAltMissing, "The lead image has no alt text. Add alt: \"what the picture shows\", or decorative: true if it adds nothing to the text.", node);
            return null;
        }
        return new LeadImage(src, decorative ? "" : alt!, decorative);
    }

    /// <summary>Why <paramref name="src"/> does not name a picture on this site or the web, or null when it does.</summary>
    private string? ImageSourceProblem(string src)
    {
        if (src.Contains('\\')) return "uses \\, which is not part of a web address: use / between folders.";
        if (src.Length >= 2 && char.IsAsciiLetter(src[0]) && src[1] == ':') return "is a path on this computer, which readers of the site cannot open.";
        if (src.StartsWith("//", StringComparison.Ordinal)) return "has no https: at the start.";
        var colon = src.IndexOf(':');
        if (colon > 0 && src.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0)
        {
            var scheme = src[..colon].ToLowerInvariant();
            return scheme is "http" or "https" ? null : $"starts with {scheme}:, which a page cannot show as a picture.";
        }
        var cut = src.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? src[..cut] : src;
        if (path.StartsWith('/'))
            return path.Split('/').Contains("..") ? "climbs out of the site with \"..\"." : null;
        var contentRelative = file.StartsWith("content/", StringComparison.Ordinal) ? file["content/".Length..] : file;
        var directory = contentRelative.Contains('/') ? contentRelative[..contentRelative.LastIndexOf('/')] : "";
        return Markdown.LinkResolver.Normalise(directory, path) is null ? "climbs out of the content folder with \"..\"." : null;
    }

    private EventInfo? Event(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Error(Codes.InvalidValue, "\"event\" must be a block of keys: start, end, location, online, registration, access, speakers.", node);
            return null;
        }
        WrittenDate? writtenStart = null, writtenEnd = null;
        string? location = null, registration = null;
        var online = false;
        IReadOnlyList<string> access = [];
        var speakers = new List<Speaker>();
        string[] known = ["start", "end", "location", "online", "registration", "access", "speakers"];
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "start": writtenStart = Written(v, "start"); break;
                case "end": writtenEnd = Written(v, "end"); break;
                case "location": location = Text(v, "location"); break;
                case "online": online = Bool(v, "online"); break;
                case "registration": registration = Text(v, "registration"); break;
                case "access": access = TextList(v, "access"); break;
                case "speakers": speakers.AddRange(Speakers(v)); break;
                case var other: UnknownIn("event", other ?? "", known, k); break;
            }
        }
        var start = writtenStart?.In(zone);
        var allDay = writtenStart?.DateOnly ?? false;
        // An end written without an offset is on the same clock as a start written with one.
        var end = writtenEnd is { Offset: null, DateOnly: false } e0 && writtenStart?.Offset is { } startOffset
            ? new DateTimeOffset(e0.Clock, startOffset)
            : writtenEnd?.In(zone);
        if (start is null)
        {
            if (!map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "start"))
                Error(Codes.InvalidValue, "The event has no start: add start: 2020-12-08T10:00:00+00:00 (or just the date).", node);
            return null;
        }
        if (end is { } e && e < start)
            Error(Codes.InvalidValue, "The event ends before it starts: check start and end.", map.Children.First(c => (c.Key as YamlScalarNode)?.Value == "end").Value);
        return new EventInfo
        {
            Start = start.Value, AllDay = allDay, End = end, Location = location, Online = online,
            Registration = registration, Access = access, Speakers = speakers,
        };
    }

    private AccessibilityIgnore? Accessibility(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Error(Codes.InvalidValue, "\"accessibility\" must be written as { ignore: [rule ids], reason: \"why\" }.", node);
            return null;
        }
        IReadOnlyList<string> rules = [];
        string? reason = null;
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "ignore": rules = TextList(v, "ignore"); break;
                case "reason": reason = Text(v, "reason"); break;
                case var other: UnknownIn("accessibility", other ?? "", ["ignore", "reason"], k); break;
            }
        }
        if (rules.Count > 0 && reason is null)
        {
            // Switching a check off is a decision others must be able to review, so it needs its reason.
            Error(Codes.InvalidValue, "Switching off an accessibility check needs a reason: add reason: \"why this page cannot meet it\".", node);
            return null;
        }
        return rules.Count == 0 ? null : new AccessibilityIgnore(rules, reason!);
    }

    private TranslationInfo? Translation(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Error(Codes.InvalidValue, "\"translation\" must be written as { machineAssisted: true, reviewed: false, translatedFrom: ... }.", node);
            return null;
        }
        bool machine = false, reviewed = false;
        string? from = null;
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "machineAssisted": machine = Bool(v, "machineAssisted"); break;
                case "reviewed": reviewed = Bool(v, "reviewed"); break;
                case "translatedFrom": from = Text(v, "translatedFrom"); break;
                case var other: UnknownIn("translation", other ?? "", ["machineAssisted", "reviewed", "translatedFrom"], k); break;
            }
        }
        return new TranslationInfo(machine, reviewed, from);
    }

    private ReviewRecord? Review(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Error(Codes.InvalidValue, "\"review\" must be written as { checkedBy: [names], date: 2020-12-08 }.", node);
            return null;
        }
        IReadOnlyList<string> checkedBy = [];
        DateTimeOffset? date = null;
        string? notes = null;
        foreach (var (k, v) in map.Children)
        {
            switch ((k as YamlScalarNode)?.Value)
            {
                case "checkedBy": checkedBy = TextList(v, "checkedBy"); break;
                case "date": date = Date(v, "date", out _); break;
                case "notes": notes = Text(v, "notes"); break;
                case var other: UnknownIn("review", other ?? "", ["checkedBy", "date", "notes"], k); break;
            }
        }
        return new ReviewRecord(checkedBy, date, notes);
    }

    private IEnumerable<Speaker> Speakers(YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            Error(Codes.InvalidValue, "\"speakers\" must be a list, each with name, role and organisation.", node);
            yield break;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { } justName } && !string.IsNullOrWhiteSpace(justName))
            {
                yield return new Speaker(justName.Trim(), null, null);
                continue;
            }
            if (item is not YamlMappingNode m)
            {
                Error(Codes.InvalidValue, "Each speaker must be written as { name: ..., role: ..., organisation: ... }.", item);
                continue;
            }
            string? name = null, role = null, organisation = null;
            foreach (var (k, v) in m.Children)
            {
                switch ((k as YamlScalarNode)?.Value)
                {
                    case "name": name = Text(v, "name"); break;
                    case "role": role = Text(v, "role"); break;
                    case "organisation" or "organization": organisation = Text(v, "organisation"); break;
                    case var other: UnknownIn("speaker", other ?? "", ["name", "role", "organisation"], k); break;
                }
            }
            if (name is null) Error(Codes.InvalidValue, "A speaker has no name: add name: ...", item);
            else yield return new Speaker(name, role, organisation);
        }
    }

    private void UnknownIn(string block, string key, IReadOnlyList<string> known, YamlNode node)
    {
        var nearest = Suggestion.Nearest(key, known);
        Warning(Codes.UnknownKey, nearest is not null
            ? $"Unknown key \"{key}\" in {block}: did you mean {nearest}?"
            : $"Unknown key \"{key}\" in {block}: the keys SiteGen reads there are {string.Join(", ", known)}.", node);
    }

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "block of keys",
        _ => "value",
    };

    private int LineOf(YamlNode node) => YamlLoader.LineOf(node, offset);

    private void Error(string code, string message, YamlNode node) =>
        diagnostics.Error(code, message, new SourceLocation(file, LineOf(node), YamlLoader.ColumnOf(node)));

    private void Warning(string code, string message, YamlNode node) =>
        diagnostics.Warning(code, message, new SourceLocation(file, LineOf(node), YamlLoader.ColumnOf(node)));
}
