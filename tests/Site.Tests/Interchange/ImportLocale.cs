using Site.Generator.Diagnostics;
using Site.Generator.Localization;

namespace Site.Tests.Interchange;

/// <summary>The theme's Norwegian words, as the import reads them for a study in Norwegian.</summary>
public static class ImportLocale
{
    public static Locale Norwegian { get; } = LocaleLoader.Load(Repository.Theme, "nb", new Dictionary<string, string>(), _ => default, new DiagnosticBag(), Repository.Root);
}
