using ServiceBot.Content.Model;

namespace ServiceBot.Localization;

/// <summary>The label text key of each moment of a service.</summary>
public static class MomentTextKeys
{
    public static string For(Moment moment) => moment switch
    {
        Moment.Greeting => TextKeys.MomentGreeting,
        Moment.Waiting => TextKeys.MomentWaiting,
        Moment.Listening => TextKeys.MomentListening,
        Moment.Apology => TextKeys.MomentApology,
        Moment.Solution => TextKeys.MomentSolution,
        Moment.Closing => TextKeys.MomentClosing,
        Moment.Farewell => TextKeys.MomentFarewell,
        _ => throw new ArgumentOutOfRangeException(nameof(moment), moment, null),
    };
}
