package com.storedesk.assist;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Why a call to the endpoint failed, told from the exception without its message: an endpoint's
 * error text may echo the request, and the request is a customer's story.
 *
 * @param httpStatus the HTTP status when the server answered with an error, else 0
 */
public record CallProblem(Kind kind, int httpStatus) {

    public enum Kind {
        /** No answer in time. */
        TIMEOUT,
        /** No connection: wrong host or port, server down, no network. */
        UNREACHABLE,
        /** The server refused the key (401, 403). */
        UNAUTHORIZED,
        /** The server does not know the model or the path (404). */
        NOT_FOUND,
        /** Another HTTP error status. */
        HTTP_ERROR,
        /** An answer without text. */
        EMPTY_ANSWER,
        /** Anything else (a malformed answer, say). */
        OTHER
    }

    public static CallProblem of(Kind kind) {
        return new CallProblem(kind, 0);
    }

    public static CallProblem of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            CallProblem found = classify(cause);
            if (found != null) {
                return found;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return of(Kind.OTHER);
    }

    public LlmOutcome outcome() {
        return kind == Kind.TIMEOUT ? LlmOutcome.TIMED_OUT : LlmOutcome.FAILED;
    }

    private static CallProblem classify(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return of(Kind.UNREACHABLE);
        }
        if (cause instanceof dev.langchain4j.exception.TimeoutException || cause instanceof HttpTimeoutException
                || cause instanceof SocketTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return of(Kind.TIMEOUT);
        }
        if (cause instanceof HttpException http) {
            return byStatus(http.statusCode());
        }
        if (cause instanceof AuthenticationException) {
            return of(Kind.UNAUTHORIZED);
        }
        if (cause instanceof ModelNotFoundException) {
            return of(Kind.NOT_FOUND);
        }
        return null;
    }

    private static CallProblem byStatus(int status) {
        if (status == 401 || status == 403) {
            return new CallProblem(Kind.UNAUTHORIZED, status);
        }
        if (status == 404) {
            return new CallProblem(Kind.NOT_FOUND, status);
        }
        if (status == 408 || status == 504) {
            return new CallProblem(Kind.TIMEOUT, status);
        }
        return new CallProblem(Kind.HTTP_ERROR, status);
    }

    @Override
    public String toString() {
        return httpStatus == 0 ? kind.name() : kind + " (HTTP " + httpStatus + ")";
    }
}
