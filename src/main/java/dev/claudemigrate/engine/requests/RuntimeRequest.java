package dev.claudemigrate.engine.requests;

/**
 * A request the project sends whose model ID is built at run time, so it cannot be smoke-tested
 * without guessing.
 *
 * @param site where it is sent
 * @param api how it is sent
 * @param reason what is built at run time, e.g. {@code model ID: aws.String(w.modelID)}
 */
public record RuntimeRequest(CallSite site, RequestShape.Api api, String reason) {}
