# Sailau, the Telegram bot. Build: docker build -t sailau .
# Run:   docker run -d --name sailau -e TELEGRAM_BOT_TOKEN=... -v sailau-data:/data sailau
# Stop:  docker stop sailau   (SIGTERM reaches the bot: exec-form entry point; it is gone within
#        8 s, well inside Docker's 10, and what it had not answered is answered after a restart)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PTB_TIMEDELTA=1 \
    MPLBACKEND=Agg \
    MPLCONFIGDIR=/tmp/matplotlib \
    SAILAU_FACTS_DIR=/app/facts \
    SAILAU_DATA_DIR=/data

ARG UID=10001
RUN adduser --disabled-password --gecos "" --home /nonexistent --shell /sbin/nologin \
        --no-create-home --uid "${UID}" sailau \
    && mkdir -p /data /tmp/matplotlib \
    && chown sailau:sailau /data /tmp/matplotlib

WORKDIR /app
# Code and dependencies first; the fact base last, so editing facts does not reinstall packages.
COPY pyproject.toml README.md bot.py ./
COPY sailau/ sailau/
COPY handlers/ handlers/
RUN pip install --no-cache-dir .
COPY facts/ facts/

USER sailau
# Build matplotlib's font cache once, into the writable MPLCONFIGDIR, not on every start.
RUN python -c "import matplotlib.font_manager"

VOLUME ["/data"]
# The bot's HTTP server: the webhook (WEBHOOK_URL set; then it listens on 0.0.0.0) and /healthz
# (polling: on 127.0.0.1 only, for the health check below).
EXPOSE 8443
# /healthz answers 503 when the bot makes no progress (Telegram unreachable, nothing answered).
HEALTHCHECK --interval=60s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('WEBHOOK_PORT', '8443'), timeout=4)"]

ENTRYPOINT ["python", "/app/bot.py"]
CMD ["run"]
