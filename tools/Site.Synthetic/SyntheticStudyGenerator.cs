namespace Site.Synthetic;

/// <summary>
/// Writes a valid synthetic study of N quotes into a folder, for measuring the generator at sizes no real study
/// has yet. The same N and seed always give byte-identical files. It has no source text, so the verbatim check
/// is skipped when it is built.
/// </summary>
public static class SyntheticStudyGenerator
{
    /// <summary>Marks a folder this generator wrote, so that it may be cleared and written again; a hidden file the loader skips.</summary>
    public const string MarkerFile = ".synthetic-study";

    public static SyntheticStudy Generate(int quotes, string directory, ulong seed = 1)
    {
        PrepareFolder(directory);
        var study = new StudyPlanner(quotes, seed).Plan();
        new StudyYamlWriter(study, directory).WriteAll();
        // The prose draws from its own sequence, so a change to the text does not reshuffle the data.
        new ChapterWriter(study, directory, new SeededRandom(seed ^ 0x5EED_7E47UL)).WriteAll();
        File.WriteAllText(Path.Combine(directory, MarkerFile), $"quotes: {quotes}\nseed: {seed}\n");
        return study;
    }

    /// <summary>An empty or missing folder, or one this generator wrote before (cleared); never a folder of someone's own files.</summary>
    private static void PrepareFolder(string directory)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            if (!File.Exists(Path.Combine(directory, MarkerFile)))
                throw new InvalidOperationException($"{directory} is not empty and was not written by synthetic-study; choose an empty or new folder.");
            Directory.Delete(directory, recursive: true);
        }
        Directory.CreateDirectory(directory);
    }
}
