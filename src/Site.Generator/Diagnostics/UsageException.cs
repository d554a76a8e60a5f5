namespace Site.Generator.Diagnostics;

/// <summary>
/// The options ask for something the build refuses to do, such as an output folder that would replace the study:
/// a usage error (exit code 2), reported before anything is read or written.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
