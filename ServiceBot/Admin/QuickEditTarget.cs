using ServiceBot.Content.Editing;
using ServiceBot.Content.Sources;

namespace ServiceBot.Admin;

/// <summary>
/// A text an admin can change from the chat: a phrase's text (<c>phrase:greeting-morning-1</c>) or what a playbook
/// step says to do (<c>step:angry/angry-hear</c>), and where it lives in the content files.
/// </summary>
public sealed record QuickEditTarget(bool IsStep, string PlaybookId, string Id)
{
    private const string PhrasePrefix = "phrase:";
    private const string StepPrefix = "step:";

    /// <summary>The value a card carries for this target.</summary>
    public string Value => IsStep ? $"{StepPrefix}{PlaybookId}/{Id}" : PhrasePrefix + Id;

    public static QuickEditTarget Phrase(string id) => new(false, string.Empty, id);

    public static QuickEditTarget Step(string playbookId, string stepId) => new(true, playbookId, stepId);

    public static QuickEditTarget? Parse(string? value)
    {
        if (value is null || value.Length > 200)
        {
            return null;
        }

        if (value.StartsWith(PhrasePrefix, StringComparison.Ordinal) && value.Length > PhrasePrefix.Length)
        {
            return Phrase(value[PhrasePrefix.Length..]);
        }

        var parts = value.StartsWith(StepPrefix, StringComparison.Ordinal) ? value[StepPrefix.Length..].Split('/') : [];
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? Step(parts[0], parts[1]) : null;
    }

    /// <summary>The YAML path of the text in one language ("es" or "en") inside its file.</summary>
    public IReadOnlyList<string> PathFor(string language) => IsStep ? ["steps", Id, "do", language] : ["phrases", Id, "text", language];

    /// <summary>The file that holds this text, with its Spanish and English; null when no file of the set has it.</summary>
    public (ContentFile File, string Es, string En)? Find(ContentFileSet files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var folder = IsStep ? "playbooks/" : "phrases/";
        foreach (var file in files.Files.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            if (file.TryGetText() is not { } text)
            {
                continue;
            }

            try
            {
                if (IsStep && YamlScalarEditor.Read(text, ["id"]) != PlaybookId)
                {
                    continue;
                }

                if (YamlScalarEditor.Read(text, PathFor("es")) is { } es && YamlScalarEditor.Read(text, PathFor("en")) is { } en)
                {
                    return (file, es, en);
                }
            }
            catch (YamlDotNet.Core.YamlException)
            {
                // A file that does not parse holds nothing to edit; the validator reports it.
            }
        }

        return null;
    }

    /// <summary>The files with this text replaced in both languages (nothing else in the file changes).</summary>
    public ContentFileSet With(ContentFileSet files, ContentFile file, string es, string en)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(file);
        var text = file.TryGetText() ?? throw new ArgumentException($"{file.Path} is not text.", nameof(file));
        text = YamlScalarEditor.Replace(text, PathFor("es"), es);
        text = YamlScalarEditor.Replace(text, PathFor("en"), en);
        return files.With(ContentFile.FromText(file.Path, text));
    }
}
