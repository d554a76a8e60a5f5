using System.Runtime.CompilerServices;

namespace Site.Tests.Support;

/// <summary>
/// Test collections run in parallel, and many of them block (builds wait on their pipelines; the preview server
/// and Playwright need pool threads to answer). The pool adds threads slowly, so on a two-core machine the
/// preview tests could starve for tens of seconds. Starting with more threads removes that wait.
/// </summary>
internal static class ThreadPoolWarmUp
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
