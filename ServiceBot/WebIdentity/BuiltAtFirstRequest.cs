namespace ServiceBot.WebIdentity;

public static class BuiltAtFirstRequest
{
    /// <summary>
    /// Adds the middleware <paramref name="configure"/> registers, built when the first request reaches it instead of
    /// when the host builds the pipeline before the port opens. For middleware whose construction is costly and needed
    /// by no request before it: authorization's constructor builds every endpoint of the app (its policy cache reads
    /// them), which the port need not wait for. Built once; concurrent first requests wait for the same build.
    /// </summary>
    public static IApplicationBuilder UseBuiltAtFirstRequest(this IApplicationBuilder app, Action<IApplicationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configure);
        return app.Use(next =>
        {
            var branch = app.New();
            configure(branch);
            branch.Run(next);
            var built = new Lazy<RequestDelegate>(branch.Build, LazyThreadSafetyMode.ExecutionAndPublication);
            return context => built.Value(context);
        });
    }
}
