namespace Site.Tests.Support;

/// <summary>
/// The test tiers. The fast tier holds the tests that need no browser, no Java, no Pagefind and no WeasyPrint
/// (unit, binder, linker, rendering, snapshots, builds in memory; Node only as citeproc-js, cached): <c>dotnet test tests/Site.Tests --filter Tier=Fast -p:SkipTestTools=true</c>.
/// Every other test is in the full tier only, which is every test: plain <c>dotnet test</c>, as CI runs it.
/// A class joins the fast tier with <c>[Trait(Tier.Name, Tier.Fast)]</c>.
/// </summary>
public static class Tier
{
    public const string Name = "Tier";
    public const string Fast = "Fast";
}
