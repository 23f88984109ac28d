using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ServiceBot.Storage;

namespace ServiceBot.Proactive;

/// <summary>Registers proactive delivery: reference capture, the messenger, supervisor calls and scheduled messages.</summary>
public static class ProactiveHostingExtensions
{
    /// <summary>
    /// Adds <see cref="ConversationReferenceRecorder"/>, <see cref="ProactiveMessenger"/>, <see cref="SupervisorNotifier"/>,
    /// <see cref="ScheduledMessageDispatcher"/> and the outbox's <see cref="OutboxSender"/> and <see cref="OutboxDispatcher"/>
    /// (both dispatchers also run as hosted services); validates the <c>Proactive</c> and <c>Outbox</c> sections at
    /// start. Needs AddStorage and AddBotFramework.
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

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxSentMarks>();
        services.AddSingleton<IWaitingSentMarks>(provider => provider.GetRequiredService<OutboxSentMarks>());
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
