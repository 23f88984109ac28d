using System.Reflection;
using ServiceBot.Content.Model;
using ServiceBot.Localization;

namespace ServiceBot.Content.Loading;

/// <summary>
/// The content as a whole must let the bot work: every kind present (single-file kinds once), every interface
/// text the code asks for, and phrases for every moment of a service.
/// </summary>
public static class CompletenessChecker
{
    public static IReadOnlyList<string> RequiredTextKeys { get; } = new[] { typeof(TextKeys), typeof(Feedback.FeedbackTextKeys) }
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    /// <summary>Kinds with an unreadable file are not judged incomplete: their content is unknown, not missing.</summary>
    public static void Check(
        IReadOnlyList<ContentDocument> documents, IdCatalog catalog, IReadOnlySet<ContentKind> unreadable, List<ContentError> errors)
    {
        foreach (var kind in ContentKinds.All)
        {
            var files = documents.Where(document => document.Kind == kind).ToList();
            if (unreadable.Contains(kind))
            {
                continue;
            }

            if (files.Count == 0)
            {
                errors.Add(new ContentError(ContentError.FolderLevel, 0, 0,
                    $"no {kind.Name()} file: add a YAML file whose first line is '{YamlContentReader.ModelinePrefix}…/{ContentKinds.SchemaFolder}/{kind.SchemaFileName()}'"));
            }
            else if (kind.IsSingleFile() && files.Count > 1)
            {
                errors.AddRange(files.Skip(1).Select(file => new ContentError(file.Path, 1, 1,
                    $"there can be only one {kind.Name()} file; {files[0].Path} is one already")));
            }
        }

        if (!unreadable.Contains(ContentKind.Texts)
            && documents.FirstOrDefault(document => document.Kind == ContentKind.Texts) is { } texts)
        {
            foreach (var key in RequiredTextKeys.Where(key => !catalog.Contains(IdNamespace.Text, key)))
            {
                errors.Add(texts.ErrorAt("#/texts", $"missing text '{key}': the bot needs it"));
            }
        }

        var phraseFiles = documents.Where(document => document.Kind == ContentKind.Phrases).ToList();
        if (phraseFiles.Count > 0 && !unreadable.Contains(ContentKind.Phrases))
        {
            var moments = phraseFiles.SelectMany(file => file.Root.Items("phrases")).Select(phrase => phrase.Str("moment"))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var moment in Enum.GetValues<Moment>().Select(ContentNames.Of).Where(moment => !moments.Contains(moment)))
            {
                errors.Add(new ContentError(ContentError.FolderLevel, 0, 0, $"no phrase for the moment '{moment}'"));
            }
        }
    }
}
