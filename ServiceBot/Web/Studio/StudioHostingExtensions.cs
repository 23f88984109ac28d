namespace ServiceBot.Web.Studio;

public static class StudioHostingExtensions
{
    /// <summary>The studio's services (needs AddContent, AddStorage and AddWebIdentity).</summary>
    public static WebApplicationBuilder AddStudio(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<StudioDraftFiles>();
        builder.Services.AddOptions<Admin.MissedUtteranceOptions>()
            .Bind(builder.Configuration.GetSection(Admin.MissedUtteranceOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<Admin.MissedUtteranceRecorder>();
        return builder;
    }
}
