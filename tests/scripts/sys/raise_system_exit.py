# raise SystemExit(code) uncaught behaves like sys.exit(code).
def main():
    print("main starting")
    raise SystemExit(4)
if __name__ == "__main__":
    main()
