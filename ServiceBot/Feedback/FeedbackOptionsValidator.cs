using Microsoft.Extensions.Options;

namespace ServiceBot.Feedback;

/// <summary>Stops the app at start when survey links could not be built or would go out over plain http.</summary>
internal sealed class FeedbackOptionsValidator(IHostEnvironment environment) : IValidateOptions<FeedbackOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedbackOptions options)
    {
        var failures = new List<string>();
        var url = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add("Feedback:PublicBaseUrl is required outside Development: the https address customers open survey links at (for example https://servicebot.contoso.com).");
            }
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            failures.Add($"Feedback:PublicBaseUrl '{url}' must be an absolute address without query or fragment.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && environment.IsDevelopment()))
        {
            failures.Add($"Feedback:PublicBaseUrl '{url}' must use https (plain http only on loopback in Development).");
        }

        if (options.PermitsPerMinute is < 1 or > 10_000)
        {
            failures.Add($"Feedback:PermitsPerMinute must be between 1 and 10000 (was {options.PermitsPerMinute}).");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
