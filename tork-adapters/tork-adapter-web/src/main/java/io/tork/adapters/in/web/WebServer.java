package io.tork.adapters.in.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.tork.adapters.in.web.middleware.MiddlewareChain;
import org.eclipse.jetty.http.MimeTypes;
import java.util.List;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API (SPEC §3, reference §1) on Javalin, its live events ({@code GET /events}) and the web console
 * ({@code /ui/}). Requests run on virtual threads, so a {@code POST /jobs} that
 * waits for its job does not hold a platform thread.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final WebConfig config;
    private final LiveEvents live;
    private final Javalin app;

    public WebServer(WebConfig config, ApiServices services) {
        this(config, services, WebOptions.NONE);
    }

    public WebServer(WebConfig config, ApiServices services, WebOptions options) {
        this(config, services, options, EventStream.KEEP_ALIVE);
    }

    /** @param keepAlive how long an event stream may stay silent before a keep-alive comment is sent */
    WebServer(WebConfig config, ApiServices services, Duration keepAlive) {
        this(config, services, WebOptions.NONE, keepAlive);
    }

    WebServer(WebConfig config, ApiServices services, WebOptions options, Duration keepAlive) {
        prepareJettyInBackground();
        this.config = config;
        this.live = new LiveEvents(services.jobs(), new JsonResponses());
        this.app = Javalin.create(cfg -> configure(cfg, config, services, options, live, keepAlive));
    }

    /**
     * Jetty's table of media types, which starting the server needs, asks the JDK for every locale it knows: a list
     * the JDK works out once per process, in tens of milliseconds. It is set up on a thread of its own while the
     * routes are configured, so that {@link #start()} finds it ready.
     */
    private static void prepareJettyInBackground() {
        Thread.ofPlatform().daemon().name("jetty-prepare").start(() -> MimeTypes.getBaseType("text/html"));
    }

    /** Starts listening; returns the bound port (the chosen one when the configured port is 0). */
    public int start() {
        app.start();
        int port = app.port();
        LOG.info("REST API listening on {}:{}", config.host(), port);
        return port;
    }

    /** Ends the open event streams first, so that no request holds the server's shutdown up. */
    public void stop() {
        live.close();
        app.stop();
    }

    /** Every route registered, as {@code METHOD /path} ({@code GET /jobs/{id}}), for the API description's test. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(handler -> handler.endpoint.method.isHttpMethod())
                .map(handler -> handler.endpoint.method.name() + " " + handler.endpoint.path)
                .toList();
    }

    private static void configure(JavalinConfig cfg, WebConfig config, ApiServices services, WebOptions options,
                                  LiveEvents live, Duration keepAlive) {
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.concurrency.useVirtualThreads = true;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        // the server is always started at once; the watcher is a thread that holds the whole server (and the
        // engine behind its routes) for 5 s to warn otherwise, keeping a stopped engine's memory alive that long
        cfg.startup.startupWatcherEnabled = false;
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = config.bodyLimitBytes();
        new MiddlewareChain(options.middleware(), options.users().map(UserServices::authenticate).orElse(null),
                config.bodyLimitBytes(), ByteSizes.format(config.bodyLimitBytes())).install(cfg);

        JsonResponses json = new JsonResponses();
        RequestBodies bodies = new RequestBodies(config.bodyLimitBytes());
        RedactedReads reads = new RedactedReads(services.jobs());
        new ErrorResponses(json).register(cfg.routes);
        new SeedTaskRoutes(services, reads, bodies, json).register(cfg.routes);
        new JobRoutes(services, reads, bodies, json).register(cfg.routes);
        new TaskRoutes(reads, json).register(cfg.routes);
        new ScheduledJobRoutes(services.scheduledJobs(), bodies, json).register(cfg.routes);
        new SystemRoutes(services.system(), config.version(), json).register(cfg.routes);
        new MetricsRoutes(services.system(), options.prometheus(), json).register(cfg.routes);
        options.users().ifPresent(users -> new UserRoutes(users.manage(), bodies, json).register(cfg.routes));
        new EventRoutes(live, services.jobs(), keepAlive).register(cfg.routes);
        new OpenApiRoutes(config.version()).register(cfg.routes);
        new ConsoleRoutes().register(cfg.routes);
    }
}
