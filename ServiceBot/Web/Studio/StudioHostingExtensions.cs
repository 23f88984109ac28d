namespace ServiceBot.Web.Studio;

public static class StudioHostingExtensions
{
    /// <summary>The studio's services (needs AddContent, AddStorage and AddWebIdentity).</summary>
    public static WebApplicationBuilder AddStudio(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<StudioDraftFiles>();
        return builder;
    }
}
