# Sailau, the Telegram bot. Build: docker build -t sailau .
# Run:   docker run -d --name sailau -e TELEGRAM_BOT_TOKEN=... -v sailau-data:/data sailau
# Stop:  docker stop sailau   (SIGTERM reaches the bot: exec-form entry point, clean shutdown)
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
# Webhook mode only (WEBHOOK_URL set); polling needs no open port.
EXPOSE 8443
# The bot touches /data/heartbeat every 30 s while its event loop runs.
HEALTHCHECK --interval=60s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, time; p = os.path.join(os.environ['SAILAU_DATA_DIR'], 'heartbeat'); sys.exit(0 if os.path.exists(p) and time.time() - os.path.getmtime(p) < 120 else 1)"]

ENTRYPOINT ["python", "/app/bot.py"]
CMD ["run"]
