namespace ServiceBot.LoadTest.Script;

/// <summary>A conversation every simulated agent has with the bot: its locale, time zone and turns.</summary>
internal sealed record LoadScript(string Name, string Description, string Locale, string TimeZone, IReadOnlyList<ScriptTurn> Turns)
{
    public const string DefaultName = "teams-5-turn";
    public const string TypedMixName = "typed-mix";

    /// <summary>The scripts that ship with the tool (Scripts/*.yaml beside it).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Scripts");

    /// <summary>A shipped script by name, or a path to a YAML file.</summary>
    public static string Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        var shipped = Path.Combine(Folder, nameOrPath + ".yaml");
        return File.Exists(shipped) ? shipped : Path.GetFullPath(nameOrPath);
    }
}
