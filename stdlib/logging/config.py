"""logging.config: dictConfig, configuration from a dictionary (schema
version 1): formatters, filters, handlers, loggers and the root logger,
with 'ext://' references to objects by dotted name and '()' factories.

Not provided (NotImplementedError): incremental configuration, 'cfg://'
references, fileConfig (skein has no configparser) and listen().
"""

import io
import sys

import logging

DEFAULT_LOGGING_CONFIG_PORT = 9030


def _resolve(name):
    """The object a dotted name names, importing modules on the way."""
    parts = name.split('.')
    used = parts.pop(0)
    try:
        found = __import__(used)
        for part in parts:
            used = used + '.' + part
            try:
                found = getattr(found, part)
            except AttributeError:
                __import__(used)
                found = getattr(found, part)
    except ImportError as e:
        raise ValueError('Cannot resolve %r: %s' % (name, e)) from e
    return found


def _convert(value):
    if isinstance(value, str):
        if value.startswith('ext://'):
            return _resolve(value[6:])
        if value.startswith('cfg://'):
            raise NotImplementedError("logging.config 'cfg://' references")
    return value


def _check_level(level):
    return logging._checkLevel(level)


class DictConfigurator:
    """Applies one configuration dictionary."""

    def __init__(self, config):
        self.config = config

    def configure_custom(self, config):
        config = dict(config)
        factory = config.pop('()')
        if isinstance(factory, str):
            factory = _resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: _convert(v) for k, v in config.items() if k.isidentifier()}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'], defaults=defaults) \
                if defaults is not None else c(fmt, dfmt, style, config['validate'])
        if defaults is not None:
            return c(fmt, dfmt, style, defaults=defaults)
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.filters[f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            result = self.configure_custom(config)
        else:
            cname = config.pop('class')
            klass = _resolve(cname) if isinstance(cname, str) else cname
            if 'target' in config and isinstance(config['target'], str):
                config['target'] = self.handlers[config['target']]
            if 'flushLevel' in config:
                config['flushLevel'] = _check_level(config['flushLevel'])
            kwargs = {k: _convert(v) for k, v in config.items() if k.isidentifier()}
            result = klass(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(_check_level(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def common_logger_config(self, logger, config):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(_check_level(level))
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for name in config.get('handlers', None) or []:
            try:
                logger.addHandler(self.handlers[name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        if config.get('incremental', False):
            raise NotImplementedError("logging.config incremental configuration")
        disable_existing = config.get('disable_existing_loggers', True)

        # Every handler made so far is flushed, closed and forgotten.
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]

        self.formatters = {}
        for name, fconfig in (config.get('formatters') or {}).items():
            try:
                self.formatters[name] = self.configure_formatter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self.filters = {}
        for name, fconfig in (config.get('filters') or {}).items():
            try:
                self.filters[name] = self.configure_filter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # Handlers with a target (MemoryHandler) come after the others.
        self.handlers = {}
        hconfigs = config.get('handlers') or {}
        order = sorted(hconfigs, key=lambda n: 'target' in hconfigs[n])
        for name in order:
            try:
                handler = self.configure_handler(hconfigs[name])
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        # Every name known so far, placeholders too: a configured name's
        # descendants stay enabled.
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers') or {}
        for name, lconfig in loggers.items():
            if name in existing:
                prefix = name + "."
                for other in existing:
                    if other.startswith(prefix):
                        child_loggers.append(other)
                existing.remove(name)
            try:
                logger = logging.getLogger(name)
                self.common_logger_config(logger, lconfig)
                propagate = lconfig.get('propagate', None)
                if propagate is not None:
                    logger.propagate = propagate
                logger.disabled = False
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in child_loggers:
                if isinstance(logger, logging.Logger):
                    logger.setLevel(logging.NOTSET)
                    logger.handlers = []
                    logger.propagate = True
            elif disable_existing:
                logger.disabled = True

        rconfig = config.get('root', None)
        if rconfig:
            try:
                self.common_logger_config(root, rconfig)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig")


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen")


def stopListening():
    pass
