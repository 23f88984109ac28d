using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ServiceBot.Feedback;

/// <summary>
/// A one-time survey token: 144 random bits from the operating system's CSPRNG, written as 24 base64url characters
/// (short enough for a small QR code). Only its SHA-256 <see cref="Hash"/> is stored, so a copy of the database
/// answers no survey.
/// </summary>
public sealed record SurveyToken(string Value, string Hash)
{
    private const int RandomBytes = 18;
    private const int Length = 24;

    public static SurveyToken New()
    {
        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));
        return new SurveyToken(value, HashOf(value));
    }

    /// <summary>The stored hash of a token read from a URL, or null when it cannot be a token (wrong length or characters).</summary>
    public static string? TryHash(string? value) => IsWellFormed(value) ? HashOf(value!) : null;

    private static bool IsWellFormed(string? value) =>
        value is { Length: Length } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string HashOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(value)));
}
