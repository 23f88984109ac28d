using System.Diagnostics.CodeAnalysis;

namespace ServiceBot.People;

/// <summary>
/// Who a person is to ServiceBot: their Entra tenant and object id (<c>tid</c> + <c>oid</c>). Names, e-mail addresses
/// and <c>preferred_username</c> change and can be reassigned, so they never identify anyone here.
/// </summary>
public readonly record struct PersonKey(Guid TenantId, Guid ObjectId)
{
    /// <summary>Reads a tenant id and an object id as sent by Entra or Teams; false unless both are GUIDs (the object id not all zeros).</summary>
    public static bool TryCreate(string? tenantId, string? objectId, out PersonKey key)
    {
        key = default;
        if (!Guid.TryParse(tenantId, out var tenant) || !Guid.TryParse(objectId, out var obj) || obj == Guid.Empty)
        {
            return false;
        }

        key = new PersonKey(tenant, obj);
        return true;
    }

    /// <summary>The key of an activity's sender, when it carries an Entra object id and a tenant.</summary>
    public static PersonKey? From(string? tenantId, string? objectId) =>
        TryCreate(tenantId, objectId, out var key) ? key : null;

    /// <summary>Parses <see cref="ToString"/>'s form, <c>{tenant}/{object}</c>.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out PersonKey? key)
    {
        key = null;
        if (value?.Split('/') is [var tenant, var obj] && TryCreate(tenant, obj, out var parsed))
        {
            key = parsed;
        }

        return key is not null;
    }

    /// <summary>The object id in the canonical lower-case form used in storage and logs.</summary>
    public string ObjectIdText => ObjectId.ToString("D");

    public string TenantIdText => TenantId.ToString("D");

    public override string ToString() => $"{TenantIdText}/{ObjectIdText}";
}
