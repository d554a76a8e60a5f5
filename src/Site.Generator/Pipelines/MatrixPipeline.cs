using Site.Generator.Urls;
using Site.Generator.Views;

namespace Site.Generator.Pipelines;

/// <summary>The coding matrix (/matrix/ in English): codes × cases and codes × research questions.</summary>
public sealed class MatrixPipeline(SiteContext site) : PagePipeline(site)
{
    protected override IEnumerable<PageSpec> PageSpecs()
    {
        yield return new PageSpec("matrix", Page(Site.Urls.Matrix, "matrix", T("matrix"), Site.Locale.Format("matrix_description", ("codes", Site.View.MatrixCodesLabel), ("cases", Site.Model.Study.CaseTerm.Plural)), HomeCrumb), ("matrix", CodingMatrix.Build(Site.Model)));
    }
}
