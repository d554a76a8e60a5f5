using Site.Generator.Diagnostics;
using Site.Generator.Localization;
using Site.Generator.Model;
using Site.Generator.Urls;

namespace Site.Tests.Support;

/// <summary>A study's page addresses as the generator makes them, with the URL words of the study's language.</summary>
public static class SiteUrls
{
    private static readonly Lazy<UrlScheme> ThesisUrls = new(() => For(Site.Tests.SiteOutput.StudyData.ThesisModel));

    public static UrlScheme Thesis => ThesisUrls.Value;

    public static UrlScheme For(StudyModel model)
    {
        var diagnostics = new DiagnosticBag();
        var locale = LocaleLoader.Load(Repository.Theme, model.Study.Language, model.Study.Urls, _ => default, diagnostics, Repository.Root);
        diagnostics.ThrowIfErrors();
        return new UrlScheme(model, locale.Urls);
    }
}
