namespace SiteGen.EasyRead.Readability;

/// <summary>The counts of one sentence that the seven consensus formulas are made of.</summary>
public sealed record SentenceCounts(
    int Words, int Syllables, int Letters, int Polysyllables, int ComplexWords, int DaleChallDifficult, int SpacheUnfamiliar);

/// <summary>
/// Seven readability formulas over one sentence, each turned into the reading age it suggests,
/// as retext-readability (Titus Wormer) scores sentences for its consensus. Each formula is written
/// as its authors published it; the ages follow retext-readability: a US grade g is age round(g + 5),
/// Flesch Reading Ease f is age 20 − floor(f ÷ 10), and SMOG s is age ceil(√s + 2.5). One sentence
/// is one sample, so words ÷ sentences is the sentence's word count.
/// </summary>
public static class SentenceScores
{
    /// <summary>Automated Readability Index (Smith and Senter, 1967): 4.71 × letters ÷ words + 0.5 × words ÷ sentences − 21.43.</summary>
    public static double AutomatedReadabilityIndex(SentenceCounts c) => 4.71 * c.Letters / c.Words + 0.5 * c.Words - 21.43;

    /// <summary>Coleman–Liau index (Coleman and Liau, 1975): 0.0588 × L − 0.296 × S − 15.8, with L letters and S sentences per 100 words.</summary>
    public static double ColemanLiau(SentenceCounts c) => 0.0588 * (100.0 * c.Letters / c.Words) - 0.296 * (100.0 / c.Words) - 15.8;

    /// <summary>
    /// New Dale–Chall score (Chall and Dale, 1995): 0.1579 × percentage of difficult words + 0.0496 × words ÷ sentences,
    /// plus 3.6365 when more than 5% of the words are difficult (not on the familiar-word list).
    /// </summary>
    public static double DaleChall(SentenceCounts c)
    {
        var percent = 100.0 * c.DaleChallDifficult / c.Words;
        return 0.1579 * percent + 0.0496 * c.Words + (percent > 5 ? 3.6365 : 0);
    }

    /// <summary>
    /// The grade a Dale–Chall score stands for, the upper end of each band of Chall and Dale's table:
    /// under 5 → 4; under 6 → 6; under 7 → 8; under 8 → 10; under 9 → 12; under 10 → 15; otherwise 16 and above (college graduate).
    /// </summary>
    public static double DaleChallGrade(double score) => score switch
    {
        < 5 => 4,
        < 6 => 6,
        < 7 => 8,
        < 8 => 10,
        < 9 => 12,
        < 10 => 15,
        _ => double.PositiveInfinity,
    };

    /// <summary>Flesch Reading Ease (Flesch, 1948): 206.835 − 1.015 × words ÷ sentences − 84.6 × syllables ÷ words.</summary>
    public static double FleschReadingEase(SentenceCounts c) => 206.835 - 1.015 * c.Words - 84.6 * c.Syllables / c.Words;

    /// <summary>SMOG grade (McLaughlin, 1969): 1.043 × √(words of 3 or more syllables × 30 ÷ sentences) + 3.1291.</summary>
    public static double Smog(SentenceCounts c) => 1.043 * Math.Sqrt(c.Polysyllables * 30.0) + 3.1291;

    /// <summary>Gunning Fog index (Gunning, 1952): 0.4 × (words ÷ sentences + 100 × complex words ÷ words), complex = 3 or more syllables, not a name.</summary>
    public static double GunningFog(SentenceCounts c) => 0.4 * (c.Words + 100.0 * c.ComplexWords / c.Words);

    /// <summary>Revised Spache formula (Spache, 1974): 0.121 × words ÷ sentences + 0.082 × percentage of unfamiliar words + 0.659.</summary>
    public static double Spache(SentenceCounts c) => 0.121 * c.Words + 0.082 * (100.0 * c.SpacheUnfamiliar / c.Words) + 0.659;

    /// <summary>The reading age each formula gives the sentence, by formula name.</summary>
    public static IReadOnlyList<(string Formula, double Age)> Ages(SentenceCounts c) =>
    [
        ("Automated Readability Index", GradeToAge(AutomatedReadabilityIndex(c))),
        ("Coleman–Liau", GradeToAge(ColemanLiau(c))),
        ("Dale–Chall", GradeToAge(DaleChallGrade(DaleChall(c)))),
        ("Flesch Reading Ease", 20 - Math.Floor(FleschReadingEase(c) / 10)),
        ("SMOG", Math.Ceiling(Math.Sqrt(Smog(c)) + 2.5)),
        ("Gunning Fog", GradeToAge(GunningFog(c))),
        ("Spache", GradeToAge(Spache(c))),
    ];

    /// <summary>US grade 1 is about age 6, so age is grade + 5, rounded half away from zero as JavaScript's Math.round does for positive numbers.</summary>
    public static double GradeToAge(double grade) => double.IsPositiveInfinity(grade) ? grade : Math.Floor(grade + 5 + 0.5);
}
