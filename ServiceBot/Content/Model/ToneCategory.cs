namespace ServiceBot.Content.Model;

public enum ToneCategory
{
    Blaming,
    Cold,
    Negative,
}
