using Site.Generator.Diagnostics;
using Site.Generator.Loading;
using Site.Generator.Model;

namespace Site.Generator.Validation;

/// <summary>
/// Every figure is one the site can show: an image of the study's folder with a text for readers who cannot see it,
/// or a kind the theme draws (a partial in <c>theme/partials/figures/</c>).
/// </summary>
public static class FigureCheck
{
    public static void Run(StudyModel model, IReadOnlyList<string> drawnKinds, StudyImages images, DiagnosticBag diagnostics)
    {
        foreach (var figure in model.Figures)
        {
            if (figure.Kind == Figure.ImageKind)
            {
                if (string.IsNullOrWhiteSpace(figure.Alt))
                    diagnostics.Error(figure.LocationOf("kind"), "G20", $"the image figure '{figure.Id}' has no alt text",
                        "add alt: a sentence that says what the image shows, for readers who cannot see it");
                if (string.IsNullOrWhiteSpace(figure.ImagePath))
                    diagnostics.Error(figure.LocationOf("kind"), "G21", $"the image figure '{figure.Id}' names no file", "add src: figures/….png");
                else figure.Image = images.Publish(figure.ImagePath, figure.LocationOf("src"));
            }
            else if (!drawnKinds.Contains(figure.Kind))
                diagnostics.Error(figure.LocationOf("kind"), "G22", $"the theme draws no figure of the kind '{figure.Kind}'",
                    $"kinds: {string.Join(", ", drawnKinds.Prepend(Figure.ImageKind))}; or add theme/partials/figures/{figure.Kind}.sbn-html");
        }
    }
}
