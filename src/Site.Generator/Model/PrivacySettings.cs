namespace Site.Generator.Model;

/// <summary>study.yml <c>privacy:</c> which national formats of phone and identity numbers the build looks for.</summary>
public sealed class PrivacySettings : Entity
{
    [Description("Countries whose phone and identity number formats are checked (no, se, dk, gb, ie, us); e-mail addresses and +-prefixed phone numbers are always checked. Empty or absent: all of them.")]
    public List<string> Countries { get; set; } = new();
}
