using Site.Generator.Engine;

namespace Site.Generator.Pipelines;

/// <summary>The theme's static files (CSS and JS fingerprinted), and the study's images (content-hashed).</summary>
public sealed class AssetsPipeline : Pipeline
{
    public AssetsPipeline(SiteContext site) =>
        InputModules.Add(new FunctionModule((_, _) => site.Assets.Files.Select(f => PipelineDocument.Create(f.Destination) with { Bytes = f.Bytes })
            .Concat(site.Images.All.Select(i => PipelineDocument.Create(i.Destination) with { Bytes = i.Bytes }))));
}
