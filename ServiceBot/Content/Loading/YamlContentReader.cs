using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceBot.Content.Loading;

/// <summary>
/// Parses one YAML content file: finds its kind from the <c># yaml-language-server: $schema=…</c> line, reports
/// syntax errors at their line and column, and converts the document to a JSON tree with a source map.
/// </summary>
public static partial class YamlContentReader
{
    public const string ModelinePrefix = "# yaml-language-server: $schema=";

    /// <summary>The document, or null with errors; the kind is known as soon as the schema line is valid.</summary>
    public static (ContentDocument? Document, ContentKind? Kind, IReadOnlyList<ContentError> Errors) Read(
        string relativePath, string text, string schemaPathFromFolder)
    {
        var errors = new List<ContentError>();
        var kind = ReadKind(relativePath, text, schemaPathFromFolder, errors);
        CheckIndentation(relativePath, text, errors);
        if (errors.Count > 0)
        {
            return (null, kind, errors);
        }

        var root = Parse(relativePath, text, errors);
        if (root is null || kind is null)
        {
            return (null, kind, errors);
        }

        try
        {
            var (token, map) = YamlJsonConverter.Convert(root);
            return (new ContentDocument(relativePath, kind.Value, token, map), kind, errors);
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(relativePath, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message));
            return (null, kind, errors);
        }
    }

    /// <summary>
    /// A file of a set that passed every check of this build (<see cref="ValidatedContentStamp"/>): parsed without the
    /// indentation check and without recording where each value came from, as no error can need it. Null (with
    /// errors) if it cannot be read after all; the caller then checks the set in full.
    /// </summary>
    public static (ContentDocument? Document, IReadOnlyList<ContentError> Errors) ReadValidated(
        string relativePath, string text, string schemaPathFromFolder)
    {
        var errors = new List<ContentError>();
        var kind = ReadKind(relativePath, text, schemaPathFromFolder, errors);
        var root = errors.Count > 0 ? null : Parse(relativePath, text, errors);
        if (root is null || kind is null)
        {
            return (null, errors);
        }

        try
        {
            return (new ContentDocument(relativePath, kind.Value, YamlJsonConverter.ConvertWithoutPositions(root), SourceMap.None), errors);
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(relativePath, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message));
            return (null, errors);
        }
    }

    /// <summary>
    /// The kind named by the schema line. <paramref name="schemaPathFromFolder"/> is where the schema folder lies
    /// relative to the file's folder (<c>../schema</c> for a file one level down).
    /// </summary>
    private static ContentKind? ReadKind(string path, string text, string schemaPathFromFolder, List<ContentError> errors)
    {
        var match = ModelineRegex().Match(text);
        var expected = $"{ModelinePrefix}{schemaPathFromFolder}/<kind>.schema.json";
        if (!match.Success)
        {
            errors.Add(new ContentError(path, 1, 1, $"the file must start with a schema line: '{expected}'"));
            return null;
        }

        var line = text[..match.Index].Count(c => c == '\n') + 1;
        var target = match.Groups["path"].Value;
        var fileName = target[(target.LastIndexOf('/') + 1)..];
        var kind = ContentKinds.FromSchemaFileName(fileName);
        if (kind is null || target != $"{schemaPathFromFolder}/{fileName}")
        {
            var known = string.Join(", ", ContentKinds.All.Select(k => k.SchemaFileName()));
            errors.Add(new ContentError(path, line, match.Groups["path"].Index - match.Index + 1,
                $"unknown schema '{target}': expected '{schemaPathFromFolder}/' followed by one of {known}"));
        }

        return kind;
    }

    private static void CheckIndentation(string path, string text, List<ContentError> errors)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                errors.Add(new ContentError(path, i + 1, tab + 1, "tab used for indentation: indent with spaces"));
            }
        }
    }

    private static YamlNode? Parse(string path, string text, List<ContentError> errors)
    {
        var parser = new MarkTrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(path, (int)ex.Start.Line, (int)ex.Start.Column, SyntaxMessage(ex)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet occasionally fails without a YamlException (e.g. an unclosed [ list); report where it stopped.
            errors.Add(new ContentError(path, (int)parser.LastMark.Line, (int)parser.LastMark.Column,
                "YAML syntax error after this point (an unclosed bracket or quote?)"));
            return null;
        }

        switch (stream.Documents.Count)
        {
            case 0:
                errors.Add(new ContentError(path, 1, 1, "the file has no content"));
                return null;
            case > 1:
                var second = stream.Documents[1].RootNode.Start;
                errors.Add(new ContentError(path, (int)second.Line, (int)second.Column,
                    "only one YAML document per file (remove the '---' separator)"));
                return null;
            default:
                return stream.Documents[0].RootNode;
        }
    }

    private static string SyntaxMessage(YamlException ex)
    {
        var message = ex.Message;
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            return $"duplicate key '{message["Duplicate key".Length..].Trim()}' in the same mapping";
        }

        var hint = message switch
        {
            _ when message.Contains("invalid mapping", StringComparison.Ordinal)
                || message.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                "a text with ': ' in it must be in double quotes; ",
            _ when message.Contains("expected '-'", StringComparison.Ordinal) =>
                "a list item is not indented like the others; ",
            _ when message.Contains("did not find expected key", StringComparison.Ordinal) =>
                "check the indentation, or close the quotes of a text; ",
            _ => string.Empty,
        };
        return $"YAML syntax error: {hint}{message}";
    }

    [GeneratedRegex(@"^#\s*yaml-language-server:\s*\$schema=(?<path>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ModelineRegex();
}
