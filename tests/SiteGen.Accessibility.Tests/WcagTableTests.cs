namespace SiteGen.Accessibility.Tests;

public class WcagTableTests
{
    public static TheoryData<string> RuleIds() => [.. AccessibilityChecker.Default.AllRules.Select(r => r.Id)];

    private static RuleBase RuleOf(string id) => AccessibilityChecker.Default.AllRules.Single(r => r.Id == id);

    [Fact]
    public void The_table_holds_the_86_criteria_of_WCAG_2_2() =>
        Assert.Equal(86, Wcag22.Criteria.Select(c => c.Number).Distinct().Count());

    [Theory]
    [InlineData(WcagLevel.A, 31)]
    [InlineData(WcagLevel.AA, 24)]
    [InlineData(WcagLevel.AAA, 31)]
    public void The_table_has_as_many_criteria_at_each_level_as_the_standard(WcagLevel level, int count) =>
        Assert.Equal(count, Wcag22.Criteria.Count(c => c.Level == level));

    [Fact]
    public void Parsing_is_not_a_criterion_of_WCAG_2_2() => Assert.Null(Wcag22.Find("4.1.1"));

    [Theory]
    [InlineData("3.2.5", "Change on Request", WcagLevel.AAA)]
    [InlineData("2.4.4", "Link Purpose (In Context)", WcagLevel.A)]
    [InlineData("3.1.2", "Language of Parts", WcagLevel.AA)]
    [InlineData("2.5.8", "Target Size (Minimum)", WcagLevel.AA)]
    [InlineData("3.2.6", "Consistent Help", WcagLevel.A)]
    public void A_criterion_is_found_by_its_number(string number, string name, WcagLevel level) =>
        Assert.Equal(new SuccessCriterion(number, name, level), Wcag22.Find(number));

    [Fact]
    public void Criteria_are_in_the_standards_order()
    {
        static int[] Parts(SuccessCriterion c) => [.. c.Number.Split('.').Select(int.Parse)];
        var numbers = Wcag22.Criteria.Select(Parts).ToList();
        Assert.NotEmpty(numbers);
        for (var i = 1; i < numbers.Count; i++)
            Assert.True(numbers[i - 1].AsSpan().SequenceCompareTo(numbers[i]) < 0,
                $"{Wcag22.Criteria[i].Number} is out of order");
    }

    [Fact]
    public void A_reference_to_several_criteria_has_the_lowest_of_their_levels() =>
        Assert.Equal(WcagLevel.A, Wcag22.LowestLevelOf("2.4.6, 1.1.1"));

    [Fact]
    public void A_reference_to_no_criterion_of_WCAG_2_2_has_no_level() => Assert.Null(Wcag22.LowestLevelOf("4.1.1"));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_criterion_a_rule_cites_is_in_WCAG_2_2(string id)
    {
        var numbers = Wcag22.NumbersIn(RuleOf(id).Wcag);
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n =>
            Assert.True(Wcag22.Find(n) is not null, $"{id} cites {n}, which WCAG 2.2 does not have"));
    }
}
