using AngleSharp.Dom;

namespace SiteGen.Accessibility.Rules;

/// <summary>
/// Link text says where the link goes: "here" is an error, "read more" a warning unless made specific. "Here" in a
/// sentence that names the destination ("Click here for the full notice") meets 2.4.4, whose link purpose may come
/// from the enclosing sentence, so it is a warning: read alone, in a list of links, it still says nothing.
/// </summary>
public sealed class LinkTextVague : Rule
{
    private static readonly HashSet<string> Hard = new(StringComparer.Ordinal)
    {
        "here", "click here", "click", "this", "this link", "link", "this page", "website", "click this link",
        "go here", "clicking here", "press here",
        // Welsh: yma (here), cliciwch yma (click here).
        "yma", "cliciwch yma",
    };

    private static readonly HashSet<string> Soft = new(StringComparer.Ordinal)
    {
        "read more", "more information", "more", "learn more", "find out more", "more info", "details", "continue",
        "see more", "download", "more details", "view more", "read on", "full story",
        // Welsh: darllen mwy (read more), mwy (more), rhagor o wybodaeth (more information).
        "darllen mwy", "mwy", "rhagor o wybodaeth",
    };

    public override string Id => "A11Y012";
    public override string Name => "link-text-vague";
    public override string Wcag => "2.4.4";
    public override RuleKind Kind => RuleKind.Failure;
    public override string Help => "Use words that describe the destination.";

    public override IEnumerable<Finding> Check(PageContext page)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            if (page.IsHidden(a)) continue;
            var name = AccessibleName.Of(a);
            if (name.Length == 0) continue; // link-name's job
            var normal = Scripts.Normalise(name);
            if (Hard.Contains(normal) && SentenceNamesDestination(a))
                yield return Report(page, a, $"Link text \"{Dom.Quote(name)}\" says where the link goes only with the "
                    + "sentence around it; in a list of links it says nothing.", Severity.Warning);
            else if (Hard.Contains(normal))
                yield return Report(page, a, $"Link text \"{Dom.Quote(name)}\" does not say where the link goes.");
            else if (Soft.Contains(normal) || normal.Length == 0)
                yield return Report(page, a, $"Link text \"{Dom.Quote(name)}\" does not say where the link goes when read on its own.", Severity.Warning);
        }
    }

    // Words that name no destination: "Click here", "Read it here", "See here" give no context.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "click", "clicking", "press", "tap", "please", "read", "see", "view", "go", "find", "visit", "it", "us", "them",
        "this", "that", "the", "a", "an", "to", "for", "on", "of", "and", "or", "our", "you", "can", "more", "out",
        "information", "info", "details", "is", "are", "at", "in", "get",
    };

    /// <summary>True when the link's own sentence, without the link, has two or more words that name something.</summary>
    private static bool SentenceNamesDestination(IElement link)
    {
        if (link.Closest("p, li, td, th, dd, figcaption, blockquote") is not { } block) return false;
        var (before, after) = TextAround(block, link);
        var start = before.LastIndexOfAny(SentenceEnds) + 1;
        var end = after.IndexOfAny(SentenceEnds);
        var sentence = before[start..] + " " + (end < 0 ? after : after[..end]);
        var words = sentence.Split((char[])[' ', '\n', '\t', ',', ';', ':', '(', ')', '"', '\u00a0'],
            StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => w.Any(char.IsLetter) && !Filler.Contains(w.ToLowerInvariant())) >= 2;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?'];

    /// <summary>The block's text before the link and after it.</summary>
    private static (string Before, string After) TextAround(IElement block, IElement link)
    {
        var before = new System.Text.StringBuilder();
        var after = new System.Text.StringBuilder();
        var passed = false;
        foreach (var text in block.Descendants<IText>())
        {
            if (link.Contains(text)) { passed = true; continue; }
            (passed ? after : before).Append(text.Data);
        }
        return (before.ToString(), after.ToString());
    }
}
