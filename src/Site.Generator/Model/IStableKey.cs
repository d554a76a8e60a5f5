namespace Site.Generator.Model;

/// <summary>
/// An object that keeps its identity from one build to the next, although every build loads the study anew:
/// an entity by its id, a chapter by its file, a section by its chapter and anchor. The preview uses the key to
/// find, in the new study, the object a page read in the last one (<see cref="Incremental.RenderMemory"/>).
/// Implemented explicitly, so templates do not see it.
/// </summary>
public interface IStableKey
{
    string StableKey { get; }
}
