namespace Site.Generator.Tracking;

/// <summary>
/// A view whose every member is computed from a few inputs, e.g. a citation in each format from one citation
/// model: its digest is that of its inputs (<see cref="ValueFingerprint"/>), so the preview need not compute every
/// member to compare it. A view that implements it must compute nothing from anything else. Implemented
/// explicitly, so templates do not see it.
/// </summary>
public interface IComputedView
{
    IReadOnlyList<object?> Inputs { get; }
}
