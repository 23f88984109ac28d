using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ServiceBot.Proactive;

/// <summary>Registers proactive delivery: reference capture, the messenger, supervisor calls and scheduled messages.</summary>
public static class ProactiveHostingExtensions
{
    /// <summary>
    /// Adds <see cref="ConversationReferenceRecorder"/>, <see cref="ProactiveMessenger"/>, <see cref="SupervisorNotifier"/>
    /// and <see cref="ScheduledMessageDispatcher"/> (also run as a hosted service); validates the <c>Proactive</c> section
    /// at start. Needs AddStorage and AddBotFramework.
    /// </summary>
    public static WebApplicationBuilder AddProactive(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ProactiveOptions>().BindConfiguration(ProactiveOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProactiveOptions>, ProactiveOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<SupervisorNotifier>();
        services.AddSingleton<ScheduledMessageDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledMessageDispatcher>());
        return builder;
    }
}
