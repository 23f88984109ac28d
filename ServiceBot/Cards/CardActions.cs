using System.Text.Json.Nodes;

namespace ServiceBot.Cards;

/// <summary>
/// Buttons of the coaching cards. <see cref="Execute"/> answers in place (Universal Actions) with an Action.Submit
/// fallback for older clients; <see cref="Submit"/> posts the button's data as a message, routed by its verb.
/// </summary>
public static class CardActions
{
    public static JsonObject Submit(string title, string verb, params (string Name, string Value)[] data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = Data(verb, data),
    };

    public static JsonObject Execute(string title, string verb, params (string Name, string Value)[] data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = Data(verb, data),
        ["fallback"] = Submit(title, verb, data),
    };

    public static JsonObject Set(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };

    private static JsonObject Data(string verb, (string Name, string Value)[] data)
    {
        var result = new JsonObject { ["verb"] = verb };
        foreach (var (name, value) in data)
        {
            result[name] = value;
        }

        return result;
    }
}
