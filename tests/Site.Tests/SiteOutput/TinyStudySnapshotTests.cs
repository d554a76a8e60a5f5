using Snapshooter.Xunit;

namespace Site.Tests.SiteOutput;

/// <summary>
/// Snapshots of representative pages of the tiny study: a change to a template or a view shows up as a readable
/// diff of the page's HTML. When a change is intended, delete the .snap file (or take the one Snapshooter writes
/// into __snapshots__/__mismatch__/) and run the tests again.
/// </summary>
[Trait(Tier.Name, Tier.Fast)]
public sealed class TinyStudySnapshotTests(TinyStudySite site) : IClassFixture<TinyStudySite>
{
    [Fact]
    public void Quote_page_renders_as_in_its_snapshot() => Snapshot.Match(site.MainOf("sitater/lise-moter/index.html"));

    [Fact]
    public void Chapter_page_renders_as_in_its_snapshot() => Snapshot.Match(site.MainOf("kapitler/2/index.html"));

    [Fact]
    public void Coding_page_renders_as_in_its_snapshot() => Snapshot.Match(site.MainOf("koding/index.html"));
}
