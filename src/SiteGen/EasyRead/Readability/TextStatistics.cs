namespace SiteGen.EasyRead.Readability;

/// <summary>
/// The counts readability formulas are made of, and the formulas themselves:
/// <list type="bullet">
/// <item>Flesch Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words); higher is easier, 80 and over is "easy".</item>
/// <item>Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59; a US school grade (6 = end of primary school).</item>
/// <item>LIX = words ÷ sentences + 100 × (words of more than 6 letters) ÷ words; needs no syllables, so it serves any language.</item>
/// </list>
/// Syllables are counted with <see cref="EnglishSyllables"/>, so the two Flesch scores are only meaningful for English.
/// </summary>
public sealed record TextStatistics(int Words, int Sentences, int Syllables, int LongWords, int Polysyllables)
{
    public static TextStatistics Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The formulas were made for passages of about 100 words (WCAG 3.1.5); on fewer their figures say little.</summary>
    public const int MinWordsForFormulas = 100;

    /// <summary>True when there are enough words for the formulas to mean something.</summary>
    public bool Measurable => Words >= MinWordsForFormulas;

    /// <summary>Counts the sentences given, each taken as one sentence whatever its punctuation.</summary>
    public static TextStatistics Of(IEnumerable<string> sentences) =>
        OfWords(sentences.Select(s => TextUnits.Words(s).Select(w => w.Text).ToList()));

    /// <summary>Counts sentences given as their words; a sentence with no words left is not counted.</summary>
    public static TextStatistics OfWords(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var tally = new Tally();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence) tally.Add(word);
            tally.EndSentence();
        }
        return tally.Statistics;
    }

    /// <summary>Adds up the counts word by word, so a caller that filters words needs no list of each sentence's words.</summary>
    public sealed class Tally
    {
        private int words, sentences, syllables, longWords, poly, wordsInSentence;

        /// <summary>Counts a word of the current sentence.</summary>
        public void Add(string word)
        {
            words++;
            wordsInSentence++;
            var s = CountsAsNumber(word) ? 1 : EnglishSyllables.Count(word);
            syllables += s;
            if (s >= 3) poly++;
            if (Letters(word) > 6) longWords++;
        }

        /// <summary>Ends the current sentence; one to which no word was added is not counted.</summary>
        public void EndSentence()
        {
            if (wordsInSentence > 0) sentences++;
            wordsInSentence = 0;
        }

        /// <summary>The counts so far.</summary>
        public TextStatistics Statistics => new(words, sentences, syllables, longWords, poly);
    }

    /// <summary>A number written in digits is read as one unit, as textstat counts it.</summary>
    public static bool CountsAsNumber(string word)
    {
        foreach (var c in word)
            if (!(char.IsDigit(c) || c is ',' or '.')) return false;
        return true;
    }

    // A loop rather than LINQ: this runs for every word of every page.
    private static int Letters(string word)
    {
        var letters = 0;
        foreach (var c in word)
            if (char.IsLetter(c)) letters++;
        return letters;
    }

    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    public double FleschReadingEase => 206.835 - 1.015 * WordsPerSentence - 84.6 * SyllablesPerWord;

    public double FleschKincaidGrade => 0.39 * WordsPerSentence + 11.8 * SyllablesPerWord - 15.59;

    public double Lix => Words == 0 ? 0 : WordsPerSentence + 100.0 * LongWords / Words;
}
