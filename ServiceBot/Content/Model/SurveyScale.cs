namespace ServiceBot.Content.Model;

/// <summary>A numeric scale with one label per value (validated: every value from Min to Max has exactly one label).</summary>
public sealed record SurveyScale(int Min, int Max, IReadOnlyList<SurveyScaleLabel> Labels)
{
    public LocalizedText? LabelOf(int value) => Labels.FirstOrDefault(label => label.Value == value)?.Label;

    public bool Contains(int value) => value >= Min && value <= Max;
}
