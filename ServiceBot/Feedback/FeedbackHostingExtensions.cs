using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ServiceBot.Web.Feedback;
using ServiceBot.Web.Dashboard;

namespace ServiceBot.Feedback;

/// <summary>Registers post-service feedback: the survey hand-off, the single-use links, the loop closed, the survey pages.</summary>
public static class FeedbackHostingExtensions
{
    /// <summary>Needs AddStorage, AddContent, AddProactive and AddPeople.</summary>
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedbackOptions>, FeedbackOptionsValidator>();
        services.AddFeedbackStores();
        services.AddSingleton<SurveyLinks>();
        services.AddSingleton<SurveyHandOff>();
        services.AddSingleton<SurveyPersonSender>();
        services.AddSingleton<Proactive.IOutboxPostedListener, SurveyCardPostedRecorder>();
        services.AddSingleton<FeedbackLoop>();
        services.AddSingleton<SurveySubmissions>();
        services.AddAntiforgery(options => options.Cookie.Name = "servicebot.survey.af");
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = FeedbackRateLimit.RejectAsync;
            options.AddPolicy(FeedbackEndpoints.RateLimitPolicy, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.PermitsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return builder;
    }

    /// <summary>The survey invitations and the results queries, on the engine AddStorage chose.</summary>
    public static IServiceCollection AddFeedbackStores(this IServiceCollection services)
    {
        services.AddSingleton<ISurveyInvitationStore, SqlSurveyInvitationStore>();
        services.AddSingleton<Results.IFeedbackResultsStore, Results.SqlFeedbackResultsStore>();
        return services;
    }

    /// <summary>The rate limiter (for the public survey pages), the survey pages and the results dashboard.</summary>
    public static WebApplication MapFeedback(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.MapFeedbackPages();
        app.MapResultsPages();
        return app;
    }
}
