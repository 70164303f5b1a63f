namespace SiteGen.EasyRead.Readability;

/// <summary>
/// Everyday English words of three or more syllables that Easy Read writers use freely (days,
/// months, numbers, family, common places and actions), so the long-word check leaves them alone.
/// </summary>
public static class EasyWords
{
    /// <summary>True for an everyday word or its plural (computers, charities).</summary>
    public static bool IsEasy(string word) =>
        English.Contains(word)
        || (word.EndsWith('s') && English.Contains(word[..^1]))
        || (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && English.Contains(word[..^3] + "y"));

    public static IReadOnlySet<string> English { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "another", "anyone", "anybody", "anything", "everyone", "everybody", "everything", "everywhere", "somebody",
        "family", "families", "together", "tomorrow", "yesterday", "already", "usually", "really", "actually", "easily",
        "important", "remember", "understand", "understood", "different", "difference", "example", "examples",
        "information", "telephone", "computer", "internet", "video", "radio", "holiday", "holidays", "library",
        "hospital", "doctor", "medicine", "animal", "animals", "banana", "potato", "tomato", "camera",
        "saturday", "yesterday", "january", "february", "november", "december", "september", "october",
        "seventeen", "nineteen", "eleven", "seventy", "ninety", "hundred",
        "beginning", "afternoon", "tomorrow", "whatever", "however", "anymore", "everyday", "chocolate",
        "company", "quality", "energy", "enemy", "general", "interesting", "unhappy", "happily", "government",
        "police", "meeting", "meetings", "question", "questions", "answer", "answers", "disabled", "disability", "disabilities",
        "area", "areas", "idea", "ideas", "several", "period", "policy", "opinion", "opinions", "history",
        "charity", "charities", "community", "communities", "everyone's", "online",
    };
}
