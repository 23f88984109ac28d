using Newtonsoft.Json.Linq;

namespace ServiceBot.Content.Loading;

/// <summary>A parsed content file: its path relative to the folder, its kind, its tree and where each value came from.</summary>
public sealed record ContentDocument(string Path, ContentKind Kind, JToken Root, SourceMap Map)
{
    public ContentError ErrorAt(JToken token, string message)
    {
        var (line, column) = Map.Locate(token);
        return new ContentError(Path, line, column, message);
    }

    public ContentError ErrorAt(string jsonPath, string message)
    {
        var (line, column) = Map.Locate(jsonPath);
        return new ContentError(Path, line, column, message);
    }
}
