using ServiceBot.Turns;

namespace ServiceBot.Dialogs;

public static class DialogsServiceExtensions
{
    public static WebApplicationBuilder AddDialogs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DialogOptions>()
            .BindConfiguration(DialogOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), $"{DialogOptions.SectionName}:DefaultTimeZone is not a known time zone id (use an IANA id such as America/Mexico_City).")
            .ValidateOnStart();
        builder.Services.AddSingleton<CoachingStateStore>();
        builder.Services.AddSingleton<SessionWriter>();
        builder.Services.AddSingleton<TurnInputFactory>();
        builder.Services.AddSingleton<Turns.Handlers.CoachingTurnWriter>();
        builder.Services.AddSingleton<ITurnEffects, TurnEffects>();
        builder.Services.AddSingleton<TurnReplies>();
        builder.Services.AddSingleton<ReplySendsInFlight>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReplySendsInFlight>());
        return builder;
    }
}
