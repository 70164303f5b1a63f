using Microsoft.Playwright;

namespace SiteGen.Browser.Tests.Publishing;

/// <summary>
/// Every page works under the Content-Security-Policy that netlify.toml sends, which allows no inline
/// script or style: Chromium reports no violation, in events or on the console.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser, CspFixture csp) : IClassFixture<CspFixture>
{
    [Fact]
    public void Netlify_sends_a_policy_without_unsafe_inline_on_every_page()
    {
        var policy = csp.Netlify.HeadersFor("/events/diversity-in-service-user-involvement/").GetValueOrDefault("Content-Security-Policy");
        Assert.NotNull(policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Theory]
    [MemberData(nameof(BuiltSite.PageRows), MemberType = typeof(BuiltSite))]
    public async Task Page_breaks_no_rule_of_the_content_security_policy(string sitePath)
    {
        var page = await csp.NewPageAsync(browser.Browser);
        var console = new List<string>();
        // Chromium also names here what it refused, and any header of netlify.toml it could not parse.
        page.Console += (_, message) => { if (IsAboutPolicies(message.Text)) console.Add(message.Text); };
        try
        {
            var response = await page.GotoAsync(new Uri(csp.Server.BaseAddress, sitePath.TrimStart('/')).ToString(),
                new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.False(string.IsNullOrEmpty(await response.HeaderValueAsync("content-security-policy")), $"{sitePath} was served without the policy.");

            Assert.Empty(await CspFixture.ViolationsAsync(page));
            Assert.Empty(console);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static bool IsAboutPolicies(string message) =>
        message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Referrer Policy", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task Json_ld_is_read_as_data_under_the_policy()
    {
        var page = await csp.NewPageAsync(browser.Browser);
        try
        {
            await page.GotoAsync(new Uri(csp.Server.BaseAddress, "events/diversity-in-service-user-involvement/").ToString());
            var type = await page.EvaluateAsync<string>("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
            Assert.Equal("Event", type);
            Assert.Empty(await CspFixture.ViolationsAsync(page));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task An_inline_style_added_to_a_page_is_reported_as_a_violation()
    {
        var page = await csp.NewPageAsync(browser.Browser);
        try
        {
            await page.GotoAsync(csp.Server.BaseAddress.ToString());
            await page.EvaluateAsync("""
                () => new Promise(resolve => {
                  document.addEventListener('securitypolicyviolation', () => resolve(), { once: true });
                  const style = document.createElement('style');
                  style.textContent = 'body { color: red }';
                  document.head.append(style);
                })
                """);
            Assert.Contains(await CspFixture.ViolationsAsync(page), v => v.StartsWith("style-src-elem blocked inline", StringComparison.Ordinal));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
