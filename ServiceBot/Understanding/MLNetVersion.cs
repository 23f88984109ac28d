using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.ML;

namespace ServiceBot.Understanding;

/// <summary>
/// ML.NET's assembly version, part of a saved classifier's key (<see cref="SavedClassifiers"/>). Read from the
/// metadata of the assembly file in the app's folder, which is the one the runtime loads, so a start that loads an
/// exported scorer never loads ML.NET; only when that file is not there (another layout) is the assembly itself asked.
/// </summary>
internal static class MLNetVersion
{
    /// <summary>The assembly that defines <see cref="MLContext"/>.</summary>
    internal const string AssemblySimpleName = "Microsoft.ML.Data";

    public static Version? Current { get; } = FromAppFolder() ?? Loaded();

    internal static Version? FromAppFolder()
    {
        var path = Path.Combine(AppContext.BaseDirectory, AssemblySimpleName + ".dll");
        try
        {
            return File.Exists(path) && AssemblyName.GetAssemblyName(path) is { Name: AssemblySimpleName } name ? name.Version : null;
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Its own method: compiling it resolves MLContext, which loads ML.NET.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Version? Loaded() => typeof(MLContext).Assembly.GetName().Version;
}
