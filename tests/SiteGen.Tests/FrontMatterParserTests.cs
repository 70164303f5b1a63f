using SiteGen.Content.FrontMatter;
using SiteGen.Diagnostics;

namespace SiteGen.Tests;

public class FrontMatterParserTests
{
    private const string File = "content/en/events/x.md";

    /// <summary>The parsed front matter (empty when the YAML could not be read at all) and the problems reported.</summary>
    private static (SiteGen.Content.FrontMatter.FrontMatter Fm, IReadOnlyList<Diagnostic> Problems) Parse(string source)
    {
        var split = SourceSplitter.Split(source);
        Assert.NotNull(split.FrontMatter);
        var bag = new DiagnosticBag();
        var fm = new FrontMatterParser(File, bag).Parse(split.FrontMatter!, split.FrontMatterFirstLine);
        return (fm ?? new SiteGen.Content.FrontMatter.FrontMatter(), bag.Sorted());
    }

    [Fact]
    public void Every_contract_key_is_parsed_to_its_typed_value()
    {
        var (fm, problems) = Parse("""
            ---
            title: Diversity in service user involvement
            date: 2020-12-08
            summary: What we heard at the event.
            tags: [involvement, diversity]
            draft: true
            slug: diversity-event
            translationKey: events/diversity
            aliases:
              - /old/diversity/
              - /events/2020/diversity/
            image: { src: /images/event.jpg, alt: People talking round a table }
            layout: wide
            ---
            Body
            """);

        Assert.Empty(problems);
        Assert.Equal("Diversity in service user involvement", fm.Title);
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 0, 0, 0, TimeSpan.Zero), fm.Date);
        Assert.Equal("What we heard at the event.", fm.Summary);
        Assert.Equal(["involvement", "diversity"], fm.Tags);
        Assert.True(fm.Draft);
        Assert.Equal("diversity-event", fm.Slug);
        Assert.Equal("events/diversity", fm.TranslationKey);
        Assert.Equal(["/old/diversity/", "/events/2020/diversity/"], fm.Aliases);
        Assert.Equal(new LeadImage("/images/event.jpg", "People talking round a table", false), fm.Image);
        Assert.Equal("wide", fm.Layout);
        Assert.Null(fm.Event);
    }

    [Fact]
    public void Draft_is_false_when_not_given()
    {
        var (fm, _) = Parse("---\ntitle: A\n---\n");

        Assert.False(fm.Draft);
        Assert.Empty(fm.Tags);
    }

    [Fact]
    public void Each_key_records_its_line_counting_the_opening_fence_as_line_1()
    {
        var (fm, _) = Parse("---\ntitle: A\n\ndate: 2020-12-08\ntags: [a]\n---\n");

        Assert.Equal(2, fm.LineOf("title"));
        Assert.Equal(4, fm.LineOf("date"));
        Assert.Equal(5, fm.LineOf("tags"));
    }

    [Fact]
    public void A_missing_key_is_reported_at_line_1()
    {
        var (fm, _) = Parse("---\ntitle: A\n---\n");

        Assert.Equal(1, fm.LineOf("summary"));
    }

    [Fact]
    public void Unknown_key_warns_with_the_nearest_known_key()
    {
        var (_, problems) = Parse("---\ntitle: A\ntittle: B\n---\n");

        var warning = Assert.Single(problems);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(Codes.UnknownKey, warning.Code);
        Assert.Contains("did you mean title?", warning.Message);
        Assert.Equal(new SourceLocation(File, 3, 1), warning.Location);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_lists_the_known_keys()
    {
        var (_, problems) = Parse("---\ntitle: A\nfavouriteColour: blue\n---\n");

        var warning = Assert.Single(problems);
        Assert.Equal(Codes.UnknownKey, warning.Code);
        Assert.DoesNotContain("did you mean", warning.Message);
        Assert.Contains("translationKey", warning.Message);
    }

    [Fact]
    public void Malformed_yaml_is_one_syntax_error_on_its_line()
    {
        var (_, problems) = Parse("---\ntitle: A\nsummary: one: two\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.FrontMatterSyntax, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.Equal(File, error.Location!.Value.File);
    }

    [Fact]
    public void Malformed_yaml_keeps_nothing()
    {
        var split = SourceSplitter.Split("---\ntitle: A\nsummary: one: two\n---\n");
        var fm = new FrontMatterParser(File, new DiagnosticBag()).Parse(split.FrontMatter!, split.FrontMatterFirstLine);

        Assert.Null(fm);
    }

    [Fact]
    public void Tab_indented_yaml_says_tabs_are_not_allowed()
    {
        var (_, problems) = Parse("---\ntitle: A\nimage:\n\tsrc: a.jpg\n\talt: A picture\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.FrontMatterSyntax, error.Code);
        Assert.Contains("tabs", error.Message);
    }

    [Fact]
    public void Title_written_as_a_list_is_an_invalid_value()
    {
        var (fm, problems) = Parse("---\ntitle:\n  - One\n  - Two\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.InvalidValue, error.Code);
        Assert.Contains("\"title\"", error.Message);
        Assert.Null(fm.Title);
    }

    [Fact]
    public void Draft_that_is_not_true_or_false_is_an_invalid_value()
    {
        var (_, problems) = Parse("---\ntitle: A\ndraft: maybe\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.InvalidValue, error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
    }

    [Fact]
    public void Day_first_date_is_an_error_that_suggests_the_iso_form()
    {
        var (fm, problems) = Parse("---\ntitle: A\ndate: 31/12/2020\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.InvalidDate, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("2020-12-31", error.Message);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.Null(fm.Date);
    }

    [Fact]
    public void Date_in_words_is_an_error_with_the_general_hint()
    {
        var (_, problems) = Parse("---\ntitle: A\ndate: next Tuesday\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.InvalidDate, error.Code);
        Assert.Contains("next Tuesday", error.Message);
        Assert.Contains("year-month-day, e.g. 2020-12-08", error.Message);
    }

    [Fact]
    public void Iso_date_with_time_and_offset_keeps_both()
    {
        var (fm, problems) = Parse("---\ntitle: A\ndate: 2020-12-08T10:30:00+01:00\n---\n");

        Assert.Empty(problems);
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 30, 0, TimeSpan.FromHours(1)), fm.Date);
        Assert.Equal(TimeSpan.FromHours(1), fm.Date!.Value.Offset);
    }

    [Fact]
    public void Image_without_alt_that_is_not_decorative_is_an_error()
    {
        var (fm, problems) = Parse("---\ntitle: A\nimage: { src: /images/a.jpg }\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.ImageAltMissing, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.Null(fm.Image);
    }

    [Fact]
    public void Image_given_as_just_a_path_needs_alt_text()
    {
        var (_, problems) = Parse("---\ntitle: A\nimage: /images/a.jpg\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.ImageAltMissing, error.Code);
    }

    [Fact]
    public void Decorative_image_needs_no_alt_text()
    {
        var (fm, problems) = Parse("---\ntitle: A\nimage: { src: /images/a.jpg, decorative: true }\n---\n");

        Assert.Empty(problems);
        Assert.Equal(new LeadImage("/images/a.jpg", "", true), fm.Image);
    }

    [Fact]
    public void Event_block_is_parsed_with_its_speakers()
    {
        var (fm, problems) = Parse("""
            ---
            title: A
            event:
              start: 2020-12-08T10:00:00+00:00
              end: 2020-12-08T12:30:00+00:00
              location: Online, on Zoom
              online: true
              registration: https://example.org/register
              access: [BSL interpretation, live captions]
              speakers:
                - { name: Ann Jones, role: Chair, organisation: Clinks }
                - name: Bilal Khan
                  role: Speaker
                - Carys Evans
            ---
            """);

        Assert.Empty(problems);
        var e = Assert.IsType<EventInfo>(fm.Event);
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 10, 0, 0, TimeSpan.Zero), e.Start);
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 12, 30, 0, TimeSpan.Zero), e.End);
        Assert.False(e.AllDay);
        Assert.Equal("Online, on Zoom", e.Location);
        Assert.True(e.Online);
        Assert.Equal("https://example.org/register", e.Registration);
        Assert.Equal(["BSL interpretation", "live captions"], e.Access);
        Assert.Equal(
            [new Speaker("Ann Jones", "Chair", "Clinks"), new Speaker("Bilal Khan", "Speaker", null), new Speaker("Carys Evans", null, null)],
            e.Speakers);
    }

    [Theory]
    [InlineData("2019-05-14 9:00:00 -0400")]
    [InlineData("2019-05-14 09:00:00-04:00")]
    [InlineData("\"2019-05-14T09:00:00-04\"")]
    [InlineData("2019-05-14t13:00:00Z")]
    public void A_hugo_date_time_passes_through_yaml_to_the_same_moment(string yaml)
    {
        var (fm, problems) = Parse($"---\ntitle: A\ndate: {yaml}\n---\n");

        Assert.Empty(problems);
        Assert.Equal(new DateTimeOffset(2019, 5, 14, 13, 0, 0, TimeSpan.Zero), fm.Date!.Value.ToUniversalTime());
    }

    [Fact]
    public void A_time_without_an_offset_is_in_the_zone_the_parser_is_given()
    {
        var split = SourceSplitter.Split("---\ntitle: A\ndate: 2020-06-08 10:00\n---\n");
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        var fm = new FrontMatterParser(File, new DiagnosticBag(), tokyo).Parse(split.FrontMatter!, split.FrontMatterFirstLine);

        Assert.Equal(TimeSpan.FromHours(9), fm!.Date!.Value.Offset);
    }

    [Fact]
    public void Event_end_without_an_offset_is_on_the_clock_of_a_start_with_one()
    {
        var (fm, problems) = Parse("---\ntitle: A\nevent:\n  start: 2020-12-08 9:30 -0500\n  end: 2020-12-08 12:00\n---\n");

        Assert.Empty(problems);
        Assert.Equal(new DateTimeOffset(2020, 12, 8, 12, 0, 0, TimeSpan.FromHours(-5)), fm.Event!.End);
    }

    [Fact]
    public void Event_end_without_an_offset_after_a_start_without_one_is_in_the_sites_zone()
    {
        var (fm, _) = Parse("---\ntitle: A\nevent:\n  start: 2020-06-08 9:30\n  end: 2020-06-08 12:00\n---\n");

        Assert.Equal(new DateTimeOffset(2020, 6, 8, 9, 30, 0, TimeSpan.FromHours(1)), fm.Event!.Start);
        Assert.Equal(new DateTimeOffset(2020, 6, 8, 12, 0, 0, TimeSpan.FromHours(1)), fm.Event!.End);
    }

    [Fact]
    public void Refused_event_times_are_each_an_error_at_their_own_column()
    {
        var (fm, problems) = Parse("---\ntitle: A\nevent: {start: soon, end: 31/12/2020}\n---\n");

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(Codes.InvalidDate, p.Code));
        Assert.Equal([16, 27], problems.Select(p => p.Location!.Value.Column));
        Assert.Contains("write 2020-12-31", problems[1].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(fm.Event);
    }

    [Fact]
    public void Event_starting_on_a_date_without_a_time_is_all_day()
    {
        var (fm, problems) = Parse("---\ntitle: A\nevent:\n  start: 2020-12-08\n---\n");

        Assert.Empty(problems);
        Assert.True(fm.Event!.AllDay);
    }

    [Fact]
    public void Event_ending_before_it_starts_is_an_error_at_the_end_line()
    {
        var (_, problems) = Parse("---\ntitle: A\nevent:\n  start: 2020-12-08T10:00:00+00:00\n  end: 2020-12-08T09:00:00+00:00\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.InvalidValue, error.Code);
        Assert.Contains("ends before it starts", error.Message);
        Assert.Equal(5, error.Location!.Value.Line);
    }

    [Fact]
    public void Event_without_start_is_an_error()
    {
        var (fm, problems) = Parse("---\ntitle: A\nevent:\n  location: Cardiff\n---\n");

        var error = Assert.Single(problems);
        Assert.Equal(Codes.InvalidValue, error.Code);
        Assert.Contains("no start", error.Message);
        Assert.Null(fm.Event);
    }

    [Fact]
    public void Unknown_key_in_event_suggests_the_nearest_event_key()
    {
        var (_, problems) = Parse("---\ntitle: A\nevent:\n  start: 2020-12-08\n  loction: Cardiff\n---\n");

        var warning = Assert.Single(problems);
        Assert.Equal(Codes.UnknownKey, warning.Code);
        Assert.Contains("did you mean location?", warning.Message);
        Assert.Equal(5, warning.Location!.Value.Line);
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_occurrence()
    {
        var split = SourceSplitter.Split("---\ntitle: A\nsummary: S\ntitle: B\n---\n");
        var bag = new DiagnosticBag();

        new FrontMatterParser("content/en/x.md", bag).Parse(split.FrontMatter!, split.FrontMatterFirstLine);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(4, error.Location!.Value.Line);
    }
    [Fact]
    public void Front_matter_that_is_not_key_value_lines_is_a_syntax_error()
    {
        var split = SourceSplitter.Split("---\njust some text\n---\n");
        var bag = new DiagnosticBag();

        new FrontMatterParser(File, bag).Parse(split.FrontMatter!, split.FrontMatterFirstLine);

        var error = Assert.Single(bag.Sorted());
        Assert.Equal(Codes.FrontMatterSyntax, error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
    }

    [Fact]
    public void Hugo_description_is_the_summary_at_its_own_line()
    {
        var (fm, problems) = Parse("---\ntitle: Road work\ndescription: Crews repave Route 9.\n---\nBody\n");
        Assert.Empty(problems);
        Assert.Equal("Crews repave Route 9.", fm.Summary);
        Assert.Equal(3, fm.LineOf("summary"));
    }

    [Fact]
    public void A_summary_wins_over_a_Hugo_description()
    {
        var (fm, _) = Parse("---\ntitle: Road work\nsummary: Ours.\ndescription: Hugo's.\n---\nBody\n");
        Assert.Equal("Ours.", fm.Summary);
    }

    [Fact]
    public void Hugo_categories_join_the_tags()
    {
        var (fm, problems) = Parse("---\ntitle: Road work\ntags: [roads]\ncategories:\n  - Transportation\n  - Roads\n---\nBody\n");
        Assert.Empty(problems);
        Assert.Equal(["roads", "Transportation"], fm.Tags);
    }

    [Fact]
    public void A_Hugo_key_SiteGen_does_not_use_is_an_info_at_its_line()
    {
        var (_, problems) = Parse("---\ntitle: Road work\nlastmod: 2019-05-14 9:00:00 -0400\nauthor: Dana\n---\nBody\n");
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((Severity.Info, Codes.HugoKeyIgnored), (p.Severity, p.Code)));
        Assert.Equal([3, 4], problems.Select(p => p.Location!.Value.Line));
    }
}
