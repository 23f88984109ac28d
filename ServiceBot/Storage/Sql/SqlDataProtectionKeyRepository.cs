using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ServiceBot.Storage.Sql;

/// <summary>
/// Keeps ASP.NET Core Data Protection's keys in <c>data_protection_keys</c>, so every instance on one database reads
/// the cookies the others wrote, and a restart keeps people signed in. The framework's interface is synchronous; it
/// is called when the key ring is first loaded (by the first request that reads or writes a person's cookie, see
/// WebIdentityHostingExtensions.LoadKeyRingAtFirstUse) and then about once a day, so the calls block.
/// </summary>
internal sealed class SqlDataProtectionKeyRepository(StorageDatabase database, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(async () =>
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, friendly_name");
        return (IReadOnlyCollection<XElement>)[.. rows.Select(xml => XElement.Parse(xml))];
    }).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("D") : friendlyName;
        var xml = element.ToString(SaveOptions.DisableFormatting);
        var now = UnixTime.ToMilliseconds(time.GetUtcNow());
        Task.Run(async () =>
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync(
                "INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, @now) ON CONFLICT (friendly_name) DO NOTHING",
                new { name, xml, now });
        }).GetAwaiter().GetResult();
    }
}
